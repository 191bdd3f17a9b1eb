// The consultation form's draft (src/client/consultation/form-draft.ts): saved when typing pauses,
// or as the page is left; never saved again once the request is sent.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearDraft, keepDraft } from '../../src/client/consultation/form-draft.ts'

const key = 'dedale:demande-de-conseil'
const saved = () => JSON.parse(localStorage.getItem(key) ?? 'null')?.values

describe('the form’s draft', () => {
  let form: HTMLFormElement
  const type = (value: string) => {
    const input = form.elements.namedItem('address') as HTMLInputElement
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }

  // One form for the file, as on the page: keepDraft listens to the window.
  beforeAll(() => {
    document.body.innerHTML = '<form><input name="address"></form><div id="notice"></div>'
    form = document.querySelector('form') as HTMLFormElement
    keepDraft(form, document.getElementById('notice') as HTMLElement, () => {})
  })
  beforeEach(() => {
    vi.useFakeTimers()
    localStorage.clear()
  })
  afterEach(() => {
    clearDraft()
    vi.useRealTimers()
  })

  it('saves the answers once typing pauses for 400 ms', () => {
    type('7 quai')
    vi.advanceTimersByTime(399)
    expect(saved()).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(saved()).toMatchObject({ address: '7 quai' })
  })

  it('saves the last answers as the page is left, before the pause', () => {
    type('7 quai de Bondy')
    window.dispatchEvent(new Event('pagehide'))
    expect(saved()).toMatchObject({ address: '7 quai de Bondy' })
  })

  it('saves nothing more once the draft is cleared (the request sent)', () => {
    type('7 quai de Bondy')
    clearDraft()
    vi.advanceTimersByTime(1000)
    window.dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem(key)).toBeNull()
  })
})
