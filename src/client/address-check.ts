// The address page: pick an address, then read the protections found there.
import type { AddressSuggestion } from '../domain/geodata/address-suggestions.ts'
import type { FoundProtection } from '../domain/geodata/found-protections.ts'
import type { AnswerPlace } from '../domain/geodata/protection-answer.ts'
import { addressCombobox } from './address-combobox.ts'
import { showAnswer, showFailure, showLoading } from './protection-answer-view.ts'

const placeOf = (suggestion: AddressSuggestion): AnswerPlace => ({
  address: suggestion.street,
  postcode: suggestion.postcode,
  commune: suggestion.commune,
  inseeCode: suggestion.inseeCode,
})

export function enhanceAddressCheck(): void {
  const tool = document.querySelector<HTMLElement>('#adresse-outil')
  const form = document.querySelector<HTMLFormElement>('#adresse-formulaire')
  const input = document.querySelector<HTMLInputElement>('#adresse')
  const listbox = document.querySelector<HTMLUListElement>('#adresse-suggestions')
  const status = document.querySelector<HTMLElement>('#adresse-statut')
  const messages = document.querySelector<HTMLElement>('#adresse-messages')
  const region = document.querySelector<HTMLElement>('#adresse-reponse')
  if (!tool || !form || !input || !listbox || !status || !messages || !region) return

  const group = input.closest('.fr-input-group')
  const setError = (message: string) => {
    group?.classList.toggle('fr-input-group--error', message !== '')
    input.classList.toggle('fr-input--error', message !== '')
    if (message) input.setAttribute('aria-invalid', 'true')
    else input.removeAttribute('aria-invalid')
    messages.replaceChildren(
      ...(message
        ? [
            Object.assign(document.createElement('p'), {
              className: 'fr-message fr-message--error',
              textContent: message,
            }),
          ]
        : []),
    )
  }

  async function lookUp(suggestion: AddressSuggestion) {
    setError('')
    const place = placeOf(suggestion)
    showLoading(region as HTMLElement, suggestion.label)
    try {
      const query = new URLSearchParams({
        lat: String(suggestion.lat),
        lon: String(suggestion.lon),
      })
      const response = await fetch(`/api/protections?${query}`, {
        headers: { Accept: 'application/json' },
      })
      const body = (await response.json()) as { protections?: FoundProtection[]; error?: string }
      if (!response.ok || !body.protections) {
        showFailure(region as HTMLElement, body.error ?? 'Le service ne répond pas.', place)
        return
      }
      showAnswer(region as HTMLElement, suggestion.label, place, body.protections)
    } catch {
      showFailure(
        region as HTMLElement,
        'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
        place,
      )
    }
  }

  const combobox = addressCombobox(
    { input, listbox, status },
    {
      onPick: (suggestion) => void lookUp(suggestion),
      onFailure: (message) => {
        status.textContent = message
        showFailure(region, message, null, false)
      },
    },
  )

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const suggestion = combobox.pickedOrFirst()
    if (suggestion) void lookUp(suggestion)
    else
      setError(
        'Adresse du projet : saisissez au moins 3 caractères, puis choisissez une adresse dans la liste.',
      )
  })

  tool.hidden = false
}
