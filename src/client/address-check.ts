// <address-search>: pick an address, then read the protections found there.
import type { AddressSuggestion } from '../domain/api/addresses.ts'
import type { AnswerPlace } from '../domain/geodata/protection-answer.ts'
import { combobox } from './combobox.ts'
import { defineEnhancer, Enhancer } from './component.ts'
import { h } from './dom.ts'
import { showAnswer, showFailure, showLoading } from './protection-answer-view.ts'

const placeOf = (suggestion: AddressSuggestion): AnswerPlace => ({
  address: suggestion.street,
  postcode: suggestion.postcode,
  commune: suggestion.commune,
  inseeCode: suggestion.inseeCode,
})

/** The API's French message in a problem answer, or `fallback`. */
async function problemMessage(body: unknown, fallback: string): Promise<string> {
  const { problemAnswer } = await import('./api-answers.ts')
  const problem = problemAnswer.safeParse(body)
  return problem.success ? problem.data.error : fallback
}

async function findAddresses(q: string, signal: AbortSignal): Promise<AddressSuggestion[]> {
  let body: unknown
  try {
    const response = await fetch(`/api/addresses?${new URLSearchParams({ q })}`, {
      headers: { Accept: 'application/json' },
      signal,
    })
    body = await response.json()
  } catch (error) {
    throw new Error(
      `La recherche d’adresses ne répond pas (${(error as Error).message}). Vérifiez votre connexion, ou vérifiez par vous-même avec les moyens indiqués plus bas.`,
    )
  }
  const { addressesAnswer } = await import('./api-answers.ts')
  const found = addressesAnswer.safeParse(body)
  if (found.success) return found.data.suggestions
  throw new Error(await problemMessage(body, 'La recherche d’adresses ne répond pas.'))
}

export class AddressSearch extends Enhancer {
  protected enhance(): void {
    const form = this.required('form', HTMLFormElement)
    const input = this.required('[role=combobox]', HTMLInputElement)
    const listbox = this.required('[role=listbox]', HTMLUListElement)
    const status = this.required('[role=status]')
    const messages = this.required('.fr-messages-group')
    const region = this.required('[data-answer]')
    const group = this.required('.fr-input-group')

    const setError = (message: string) => {
      group.classList.toggle('fr-input-group--error', message !== '')
      input.classList.toggle('fr-input--error', message !== '')
      if (message) input.setAttribute('aria-invalid', 'true')
      else input.removeAttribute('aria-invalid')
      messages.replaceChildren(
        ...(message ? [h('p', { class: 'fr-message fr-message--error' }, message)] : []),
      )
    }

    const lookUp = async (suggestion: AddressSuggestion) => {
      setError('')
      const place = placeOf(suggestion)
      showLoading(region, suggestion.label)
      try {
        const query = new URLSearchParams({
          lat: String(suggestion.lat),
          lon: String(suggestion.lon),
        })
        const response = await fetch(`/api/protections?${query}`, {
          headers: { Accept: 'application/json' },
        })
        const body: unknown = await response.json()
        const { protectionsAnswer } = await import('./api-answers.ts')
        const found = protectionsAnswer.safeParse(body)
        if (!found.success) {
          showFailure(region, await problemMessage(body, 'Le service ne répond pas.'), place)
          return
        }
        showAnswer(region, suggestion.label, place, found.data.protections)
      } catch {
        showFailure(
          region,
          'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
          place,
        )
      }
    }

    // Set when the address search fails: the message on submit must not ask for more letters.
    let searchDown = false
    const addresses = combobox(
      { input, listbox, status },
      {
        minLength: 3,
        debounceMs: 250,
        find: findAddresses,
        text: (suggestion) => suggestion.label,
        value: (suggestion) => suggestion.label,
        announce: (count) =>
          count === 0
            ? 'Aucune adresse trouvée. Vérifiez l’orthographe ou ajoutez le nom de la commune.'
            : count === 1
              ? '1 adresse proposée. Flèche bas pour la choisir, puis Entrée.'
              : `${count} adresses proposées. Flèches haut et bas pour choisir, puis Entrée.`,
        pickedStatus: (suggestion) => `Adresse choisie : ${suggestion.label}.`,
        onPick: (suggestion) => void lookUp(suggestion),
        onFailure: (error) => {
          searchDown = true
          status.textContent = error.message
          showFailure(region, error.message, null, false)
        },
      },
    )

    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const suggestion = addresses.pickedOrFirst()
      if (suggestion) void lookUp(suggestion)
      else if (searchDown)
        setError(
          'Adresse du projet : la recherche d’adresses ne répond pas. Vérifiez votre adresse à la main avec le guide ci-dessous, ou réessayez plus tard.',
        )
      else if (input.value.trim().length >= 3)
        setError('Adresse du projet : choisissez une adresse dans la liste proposée.')
      else
        setError(
          'Adresse du projet : saisissez au moins 3 caractères, puis choisissez une adresse dans la liste.',
        )
    })

    this.required('[data-tool]').hidden = false
  }
}

defineEnhancer('address-search', AddressSearch)
