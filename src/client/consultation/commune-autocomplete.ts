// Suggestions of communes from the official list (ARIA 1.2 combobox with a listbox): the index is
// fetched on the first keystroke, as JSON, never with the page. Choosing a commune fills its INSEE
// code (and its postcode when it has only one), and the form says which UDAP will receive the request.
import {
  type Commune,
  type CommuneIndex,
  readCommuneIndex,
  searchCommunes,
} from '../../domain/commune-index.ts'
import { routeToUdap } from '../../domain/departement.ts'
import { inactiveUdapNotice } from './udap-availability.ts'

let index: Promise<CommuneIndex | undefined> | undefined

function loadIndex(): Promise<CommuneIndex | undefined> {
  index ??= fetch('/data/communes.txt')
    .then(async (response) => (response.ok ? readCommuneIndex(await response.text()) : undefined))
    .catch(() => undefined)
  return index
}

export function enhanceCommuneField(form: HTMLFormElement): { refresh(): void } | undefined {
  const input = form.querySelector<HTMLInputElement>('#commune')
  const list = form.querySelector<HTMLUListElement>('#commune-suggestions')
  const insee = form.querySelector<HTMLInputElement>('#inseeCode')
  const postcode = form.querySelector<HTMLInputElement>('#postcode')
  const status = document.querySelector<HTMLElement>('#commune-statut')
  const destination = document.querySelector<HTMLElement>('#udap-destinataire')
  if (!input || !list || !insee || !postcode || !status || !destination) return
  let matches: Commune[] = []
  let active = -1

  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', list.id)
  input.setAttribute('aria-expanded', 'false')
  input.autocomplete = 'off'

  const close = () => {
    list.hidden = true
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }

  const highlight = (position: number) => {
    active = (position + matches.length) % matches.length
    list.querySelectorAll('[role=option]').forEach((option, at) => {
      option.setAttribute('aria-selected', String(at === active))
      if (at === active) {
        input.setAttribute('aria-activedescendant', option.id)
        option.scrollIntoView({ block: 'nearest' })
      }
    })
  }

  const choose = (match: Commune) => {
    input.value = match.name
    insee.value = match.inseeCode
    if (match.postcodes.length === 1 || !match.postcodes.includes(postcode.value.trim()))
      postcode.value = match.postcodes[0] ?? postcode.value
    close()
    status.textContent = `${match.name} choisie.`
    form.dispatchEvent(new Event('input', { bubbles: true }))
    void showDestination()
  }

  const suggest = async () => {
    const communes = (await loadIndex())?.communes ?? []
    matches = searchCommunes(communes, input.value)
    list.replaceChildren(
      ...matches.map((match, at) => {
        const option = document.createElement('li')
        option.id = `commune-option-${at}`
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.textContent = `${match.name} (${match.postcodes.slice(0, 3).join(', ')}${match.postcodes.length > 3 ? '…' : ''})`
        // mousedown, not click: the field must not lose focus before the choice is made.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault()
          choose(match)
        })
        return option
      }),
    )
    const open = matches.length > 0
    list.hidden = !open
    input.setAttribute('aria-expanded', String(open))
    active = -1
    input.removeAttribute('aria-activedescendant')
    status.textContent =
      input.value.trim().length < 2
        ? ''
        : open
          ? `${matches.length} commune${matches.length > 1 ? 's' : ''} proposée${matches.length > 1 ? 's' : ''}, flèche bas pour les parcourir.`
          : 'Aucune commune ne correspond.'
  }

  const showDestination = async () => {
    const departement = routeToUdap({
      inseeCode: insee.value || undefined,
      postcode: postcode.value.trim(),
    })
    const name = departement && (await loadIndex())?.udaps[departement]
    const notice = departement ? await inactiveUdapNotice(departement) : undefined
    destination.hidden = !name
    const text = destination.querySelector('p')
    if (text) text.textContent = notice ?? (name ? `Votre demande sera envoyée à l’${name}.` : '')
  }

  input.addEventListener('input', () => {
    // A commune typed by hand is no longer the one chosen in the list.
    insee.value = ''
    void suggest()
    void showDestination()
  })
  input.addEventListener('keydown', (event) => {
    if (list.hidden || matches.length === 0) {
      if (event.key === 'ArrowDown' && input.value.trim().length >= 2) void suggest()
      return
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1))
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      const match = matches[active]
      if (match) choose(match)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  })
  input.addEventListener('blur', close)
  postcode.addEventListener('input', () => void showDestination())
  return { refresh: () => void showDestination() }
}
