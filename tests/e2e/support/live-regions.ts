import type { Page } from 'playwright-core'

/**
 * Records every message added to a live region, in order, as a screen reader would get them:
 * call before the first `goto`, read with `liveMessages`.
 */
export async function recordLiveMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = []
    Object.assign(window, { liveMessages: said })
    const live = (node: Node | null) =>
      (node instanceof Element ? node : node?.parentElement)?.closest(
        '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]',
      )
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (!live(mutation.target)) continue
        const added = [...mutation.addedNodes].map((node) => node.textContent?.trim() ?? '')
        for (const text of mutation.type === 'characterData'
          ? [mutation.target.textContent ?? '']
          : added)
          if (text.trim()) said.push(text.trim())
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

/** The messages the live regions received since the page was loaded, in order. */
export const liveMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { liveMessages: string[] }).liveMessages)

/** The focused element: `body`, else its id, else its text. */
export const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    return element === document.body || !element
      ? 'body'
      : element.id || element.textContent?.trim() || ''
  })
