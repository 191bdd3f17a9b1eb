// Measures of what axe cannot check (RGAA 10.4, 10.7, 10.11, 10.12, 12.9; WCAG 2.5.8), shared by
// the display-adaptation tests of the public sample and of the agents' workspace.
import type { Page } from 'playwright-core'

// The bookmarklet values of WCAG 1.4.12.
export const textSpacing = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`

/** How far the page scrolls sideways: 0 when it reflows. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * Text cut off by a box that hides its overflow: each text line is compared with the box of its
 * nearest clipping ancestor (boxes that hide text on purpose, for screen readers or behind an
 * icon, are left out).
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipping = (element: Element) => {
      const style = getComputedStyle(element)
      return [style.overflowX, style.overflowY].some((value) => ['hidden', 'clip'].includes(value))
    }
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!node.textContent?.trim() || !parent) continue
      if (
        parent.closest('.fr-sr-only, [aria-hidden="true"], .honeypot, svg, noscript, script, style')
      )
        continue
      if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden')
        continue
      let box: Element | null = parent
      while (box && box !== document.body && !clipping(box)) box = box.parentElement
      if (!box || box === document.body) continue
      const style = getComputedStyle(box)
      if (box.clientWidth <= 1 || box.clientHeight <= 1 || style.clip !== 'auto') continue
      if (box.matches('a, button') && getComputedStyle(box, '::before').maskImage !== 'none')
        continue
      const outer = box.getBoundingClientRect()
      const range = document.createRange()
      range.selectNodeContents(node)
      const cut = [...range.getClientRects()].some(
        (line) =>
          line.width > 0 &&
          (line.left < outer.left - 1 ||
            line.right > outer.right + 1 ||
            line.top < outer.top - 1 ||
            line.bottom > outer.bottom + 1),
      )
      if (cut)
        found.add(
          `${box.tagName.toLowerCase()}${box.id ? `#${box.id}` : ''}.${box.className} « ${node.textContent.trim().slice(0, 40)} »`,
        )
    }
    return [...found]
  })
}

/**
 * Pointer targets smaller than 24 × 24 px whose 24 px square around their centre meets another
 * target (WCAG 2.5.8); links inside a sentence are exempt.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, select, textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), label[for], [role="option"], summary'
    const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.closest('.fr-sr-only, [aria-hidden="true"], .honeypot, [hidden]')) return false
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) return false
      if (element.matches('label') && !element.closest('.fr-checkbox-group, .fr-radio-group'))
        return false
      if (element.matches('a') && getComputedStyle(element).display === 'inline') {
        const block = element.closest('p, li, dd, td, span.fr-hint-text, .fr-messages-group')
        const own = element.textContent?.trim().length ?? 0
        if (block && (block.textContent?.trim().length ?? 0) > own) return false
      }
      return true
    })
    const rects = targets.map((element) => element.getBoundingClientRect())
    const found: string[] = []
    targets.forEach((element, index) => {
      const rect = rects[index] as DOMRect
      if (rect.width >= 24 && rect.height >= 24) return
      const x = rect.left + rect.width / 2
      const y = rect.top + rect.height / 2
      const square = { left: x - 12, right: x + 12, top: y - 12, bottom: y + 12 }
      const crowded = rects.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          !targets[otherIndex]?.contains(element) &&
          !element.contains(targets[otherIndex] as HTMLElement) &&
          other.left < square.right &&
          other.right > square.left &&
          other.top < square.bottom &&
          other.bottom > square.top,
      )
      if (crowded)
        found.push(
          `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 30)} » ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        )
    })
    return found
  })
}

/** What shows the focus: outline, shadow, colours of an element, its pseudo-elements, its label. */
function focusStyle(element: Element): string {
  const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null
  const styles = [
    getComputedStyle(element),
    getComputedStyle(element, '::before'),
    getComputedStyle(element, '::after'),
    ...(label ? [getComputedStyle(label), getComputedStyle(label, '::before')] : []),
    ...(element.parentElement ? [getComputedStyle(element.parentElement)] : []),
  ]
  return JSON.stringify(
    styles.map((style) => [
      style.outlineStyle === 'none'
        ? 'none'
        : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      style.boxShadow,
      style.backgroundColor,
      style.color,
      style.textDecorationLine,
      style.borderColor,
    ]),
  )
}

/**
 * Tabs from the top of the page to the footer (or the end of a page without one); answers the
 * elements whose look does not change when they get the focus, and a note if the focus is lost.
 */
export async function focusWalk(page: Page): Promise<string[]> {
  const problems: string[] = []
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let stop = 0; stop < 400; stop += 1) {
    await page.keyboard.press('Tab')
    const state = await page.evaluate(`(() => {
      ${focusStyle.toString()}
      let element = document.activeElement
      // Inside a frame (the CMS's preview), the focused element is the frame's own.
      while (element?.tagName === 'IFRAME') {
        const inner = element.contentDocument?.activeElement
        if (!inner || inner === element.contentDocument.body) break
        element = inner
      }
      if (!element || element === document.body)
        return { lost: true, end: !document.querySelector('footer') }
      const text = (element.textContent || element.getAttribute('aria-label') || '').trim()
      // A date field is three stops (day, month, year) and focus() goes back to the first: it is
      // measured once, then Tab goes through its parts.
      const measured = (window.focusMeasured ||= new WeakSet())
      const parts = element.matches('input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week]')
      let visible = true
      if (!parts || !measured.has(element)) {
        measured.add(element)
        const focused = focusStyle(element)
        element.blur()
        const unfocused = focusStyle(element)
        element.focus()
        visible = focused !== unfocused
      }
      return {
        lost: false,
        visible,
        name: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' « ' + text.slice(0, 30) + ' »',
        inFooter: !!element.closest('footer'),
      }
    })()`)
    const result = state as {
      lost: boolean
      end?: boolean
      visible?: boolean
      name?: string
      inFooter?: boolean
    }
    if (result.lost)
      return result.end ? problems : [...problems, `focus lost after ${stop} Tab presses`]
    if (!result.visible) problems.push(`no visible focus on ${result.name}`)
    if (result.inFooter) return problems
  }
  return [...problems, 'the footer was not reached in 400 Tab presses']
}
