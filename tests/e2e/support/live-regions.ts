import type { Page } from 'playwright-core'

/**
 * Records every message added to a live region, in order, as a screen reader would get them:
 * call before the first `goto`, read with `liveMessages`.
 */
export async function recordLiveMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = []
    Object.assign(window, { liveMessages: said })
    // The nearest live root decides: a node marked aria-live="off" inside a region is not said.
    const live = (node: Node | null) => {
      const root = (node instanceof Element ? node : node?.parentElement)?.closest(
        '[aria-live], [role="status"], [role="alert"], [role="log"]',
      )
      return Boolean(root) && root?.getAttribute('aria-live') !== 'off'
    }
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const texts =
          mutation.type === 'characterData'
            ? live(mutation.target)
              ? [mutation.target.textContent ?? '']
              : []
            : [...mutation.addedNodes]
                .filter((node) => live(node))
                .map((node) => node.textContent ?? '')
        for (const text of texts) if (text.trim()) said.push(text.trim())
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
