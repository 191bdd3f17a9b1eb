import type { Page } from 'playwright-core'

/** Presses Tab (Shift+Tab backwards) until an element matching `selector` has the focus. */
export async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${selector} never received the focus`)
}
