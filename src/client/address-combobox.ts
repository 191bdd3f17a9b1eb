// An address field with suggestions, after the ARIA 1.2 combobox pattern: the input keeps the
// focus, arrows move through the listbox (aria-activedescendant), Enter picks, Escape closes,
// and a status region says how many addresses are proposed.
import type { AddressSuggestion } from '../domain/geodata/address-suggestions.ts'

export interface ComboboxElements {
  input: HTMLInputElement
  listbox: HTMLUListElement
  status: HTMLElement
}

export interface ComboboxCallbacks {
  /** Called with the address picked. */
  onPick(suggestion: AddressSuggestion): void
  /** Called when the suggestions cannot be fetched (the server's French message). */
  onFailure(message: string): void
}

const minLength = 3
const debounceMs = 250

export function addressCombobox(elements: ComboboxElements, callbacks: ComboboxCallbacks) {
  const { input, listbox, status } = elements
  let suggestions: AddressSuggestion[] = []
  let active = -1
  let picked: AddressSuggestion | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: AbortController | undefined

  const optionId = (index: number) => `${listbox.id}-${index}`

  function close() {
    listbox.hidden = true
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }

  function highlight(index: number) {
    active = index
    for (const [position, option] of [...listbox.children].entries()) {
      option.setAttribute('aria-selected', String(position === index))
    }
    const option = document.getElementById(optionId(index))
    if (option) {
      input.setAttribute('aria-activedescendant', option.id)
      option.scrollIntoView({ block: 'nearest' })
    } else input.removeAttribute('aria-activedescendant')
  }

  function show(list: AddressSuggestion[]) {
    suggestions = list
    listbox.replaceChildren(
      ...list.map((suggestion, index) => {
        const option = document.createElement('li')
        option.id = optionId(index)
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.textContent = suggestion.label
        // Keep the focus in the field while the pointer picks.
        option.addEventListener('mousedown', (event) => event.preventDefault())
        option.addEventListener('click', () => pick(index))
        return option
      }),
    )
    active = -1
    input.removeAttribute('aria-activedescendant')
    if (list.length === 0) {
      close()
      status.textContent =
        'Aucune adresse trouvée. Vérifiez l’orthographe ou ajoutez le nom de la commune.'
      return
    }
    listbox.hidden = false
    input.setAttribute('aria-expanded', 'true')
    status.textContent =
      list.length === 1
        ? '1 adresse proposée. Flèche bas pour la choisir, puis Entrée.'
        : `${list.length} adresses proposées. Flèches haut et bas pour choisir, puis Entrée.`
  }

  function pick(index: number, notify = true) {
    const suggestion = suggestions[index]
    if (!suggestion) return
    picked = suggestion
    input.value = suggestion.label
    close()
    status.textContent = `Adresse choisie : ${suggestion.label}.`
    if (notify) callbacks.onPick(suggestion)
  }

  async function search(q: string) {
    pending?.abort()
    const controller = new AbortController()
    pending = controller
    try {
      const response = await fetch(`/api/addresses?${new URLSearchParams({ q })}`, {
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      })
      const body = (await response.json()) as { suggestions?: AddressSuggestion[]; error?: string }
      if (controller.signal.aborted) return
      if (!response.ok || !body.suggestions) {
        close()
        callbacks.onFailure(body.error ?? 'La recherche d’adresses ne répond pas.')
        return
      }
      show(body.suggestions)
    } catch (error) {
      if (controller.signal.aborted) return
      close()
      callbacks.onFailure(
        `La recherche d’adresses ne répond pas (${(error as Error).message}). Vérifiez votre connexion, ou vérifiez par vous-même avec les moyens indiqués plus bas.`,
      )
    }
  }

  input.addEventListener('input', () => {
    picked = null
    clearTimeout(timer)
    const q = input.value.trim()
    if (q.length < minLength) {
      pending?.abort()
      close()
      status.textContent = ''
      return
    }
    timer = setTimeout(() => void search(q), debounceMs)
  })

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (!open && suggestions.length > 0) {
          listbox.hidden = false
          input.setAttribute('aria-expanded', 'true')
        }
        if (suggestions.length > 0) highlight((active + 1) % suggestions.length)
        break
      case 'ArrowUp':
        event.preventDefault()
        if (open && suggestions.length > 0)
          highlight(active <= 0 ? suggestions.length - 1 : active - 1)
        break
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault()
          pick(active)
        }
        break
      case 'Escape':
        if (open) {
          event.preventDefault()
          close()
        }
        break
      case 'Tab':
        close()
        break
    }
  })

  input.addEventListener('blur', () => close())

  return {
    /** The address picked, or the first one proposed if none was (the form's button). */
    pickedOrFirst(): AddressSuggestion | null {
      if (picked && input.value === picked.label) return picked
      if (suggestions.length > 0) pick(0, false)
      return picked
    },
  }
}
