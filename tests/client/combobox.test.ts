// The one combobox (src/client/combobox.ts), through its two users: the address search and the
// commune field. Keyboard, pointer (a choice on click, not on mousedown: RGAA 13.11), status
// messages, and an active option that looks different (global style, see src/styles/combobox.css).
import { readFileSync } from 'node:fs'
import communes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' }
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import udaps from '../../content/data/udaps.json' with { type: 'json' }
import '../../src/client/address-check.ts'
import '../../src/client/consultation/consultation-form.ts'
import AddressSearch from '../../src/components/address/AddressSearch.astro'
import ConsultationForm from '../../src/components/consultation/ConsultationForm.astro'
import { writeCommuneIndex } from '../../src/domain/commune-index.ts'
import { mount } from './support/render.ts'

const suggestion = (label: string, index: number) => ({
  id: `a${index}`,
  label,
  lat: 45.767,
  lon: 4.834,
  street: label.split(' 690')[0],
  postcode: '69001',
  commune: 'Lyon',
  inseeCode: '69381',
})
const addresses = [
  suggestion('2 Place des Terreaux 69001 Lyon', 0),
  suggestion('3 Place des Terreaux 69001 Lyon', 1),
]
const rhone = writeCommuneIndex(
  communes.filter((commune) => commune.code.startsWith('69')),
  Object.fromEntries(udaps.map((udap) => [udap.code, udap.name])),
)

const comboboxStyle = readFileSync(
  new URL('../../src/styles/combobox.css', import.meta.url),
  'utf8',
)

const requests: string[] = []
beforeEach(() => {
  requests.length = 0
  vi.spyOn(console, 'error')
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url)
      if (url.startsWith('/api/addresses')) return Response.json({ suggestions: addresses })
      if (url.startsWith('/api/protections')) return Response.json({ protections: [] })
      if (url === '/data/communes.txt') return new Response(rhone)
      return new Response('{}', { status: 404 })
    }),
  )
})
afterEach(() => {
  expect(console.error).not.toHaveBeenCalled()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

const type = (input: HTMLInputElement, value: string) => {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}
const press = (input: HTMLInputElement, key: string) =>
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
const options = (listbox: Element) => [...listbox.querySelectorAll<HTMLElement>('[role=option]')]

describe('the address search', () => {
  async function typed() {
    const root = await mount(AddressSearch)
    const input = root.querySelector<HTMLInputElement>('[role=combobox]') as HTMLInputElement
    const listbox = root.querySelector('[role=listbox]') as HTMLElement
    const status = root.querySelector('[role=status]') as HTMLElement
    type(input, 'terreaux')
    await vi.waitFor(() => expect(options(listbox)).toHaveLength(2))
    return { root, input, listbox, status }
  }

  test('proposes addresses after a pause, and says how many', async () => {
    const { input, listbox, status } = await typed()
    expect(requests).toEqual(['/api/addresses?q=terreaux'])
    expect(listbox.hidden).toBe(false)
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(status.textContent).toBe(
      '2 adresses proposées. Flèches haut et bas pour choisir, puis Entrée.',
    )
    expect(options(listbox).map((option) => option.id)).toEqual([
      'adresse-suggestions-0',
      'adresse-suggestions-1',
    ])
  })

  test('arrows move the active option, Enter picks it and looks the address up', async () => {
    const { input, listbox, status } = await typed()
    press(input, 'ArrowDown')
    press(input, 'ArrowDown')
    press(input, 'ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe('adresse-suggestions-0')
    press(input, 'ArrowUp')
    expect(input.getAttribute('aria-activedescendant')).toBe('adresse-suggestions-1')
    expect(options(listbox).map((option) => option.getAttribute('aria-selected'))).toEqual([
      'false',
      'true',
    ])
    press(input, 'Enter')
    expect(input.value).toBe('3 Place des Terreaux 69001 Lyon')
    expect(listbox.hidden).toBe(true)
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)
    expect(status.textContent).toBe('Adresse choisie : 3 Place des Terreaux 69001 Lyon.')
    await vi.waitFor(() => expect(requests.at(-1)).toMatch(/^\/api\/protections\?lat=/))
  })

  test('the pointer chooses on click, not on mousedown', async () => {
    const { input, listbox } = await typed()
    const [first] = options(listbox)
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true })
    first?.dispatchEvent(down)
    expect(down.defaultPrevented).toBe(true)
    expect(input.value).toBe('terreaux')
    first?.click()
    expect(input.value).toBe('2 Place des Terreaux 69001 Lyon')
  })

  test('Escape closes the list', async () => {
    const { input, listbox } = await typed()
    press(input, 'Escape')
    expect(listbox.hidden).toBe(true)
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })

  test('the active option looks different (a global rule reaches the options made by script)', async () => {
    const { input, listbox } = await typed()
    const style = document.createElement('style')
    style.textContent = comboboxStyle
    document.head.append(style)
    press(input, 'ArrowDown')
    const [active, other] = options(listbox).map((option) => getComputedStyle(option))
    expect(active?.fontWeight).not.toBe(other?.fontWeight)
    expect(other?.paddingLeft).toBe('16px')
    style.remove()
  })
})

describe('the commune field', () => {
  test('proposes communes of the official list; choosing one fills its INSEE code and names the UDAP', async () => {
    const root = await mount(ConsultationForm, {
      confirmationPath: '/demander-un-conseil/confirmation/',
    })
    const field = root.querySelector('commune-field') as HTMLElement
    const input = field.querySelector<HTMLInputElement>('[name=commune]') as HTMLInputElement
    const listbox = field.querySelector('[role=listbox]') as HTMLElement
    expect(input.getAttribute('role')).toBe('combobox')
    type(input, 'Villeurba')
    await vi.waitFor(() => expect(options(listbox).length).toBeGreaterThan(0))
    expect(options(listbox)[0]?.textContent).toBe('Villeurbanne (69100)')
    expect(field.querySelector('[role=status]')?.textContent).toMatch(/^1 commune proposée/)
    press(input, 'ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe('commune-suggestions-0')
    press(input, 'Enter')
    expect(input.value).toBe('Villeurbanne')
    expect(root.querySelector<HTMLInputElement>('[name=inseeCode]')?.value).toBe('69266')
    expect(root.querySelector<HTMLInputElement>('[name=postcode]')?.value).toBe('69100')
    const destination = field.querySelector<HTMLElement>('[data-destination]')
    await vi.waitFor(() => expect(destination?.hidden).toBe(false))
    expect(destination?.textContent).toContain('Rhône')
  })
})
