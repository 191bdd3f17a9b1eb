// <commune-field>: suggestions of communes from the official list, through the site's combobox.
// The index is fetched on the first keystroke, as JSON, never with the page. Choosing a commune
// fills its INSEE code (and its postcode when it has only one), and the field says which UDAP
// will receive the request.
import {
  type Commune,
  type CommuneIndex,
  readCommuneIndex,
  searchCommunes,
} from '../../domain/commune-index.ts'
import { routeToUdap } from '../../domain/departement.ts'
import { combobox } from '../combobox.ts'
import { defineEnhancer, Enhancer, MissingPart, part } from '../component.ts'
import { inactiveUdapNotice } from './udap-availability.ts'

let index: Promise<CommuneIndex | undefined> | undefined

function loadIndex(): Promise<CommuneIndex | undefined> {
  index ??= fetch('/data/communes.txt')
    .then(async (response) => (response.ok ? readCommuneIndex(await response.text()) : undefined))
    .catch(() => undefined)
  return index
}

const postcodesOf = (commune: Commune) =>
  `${commune.postcodes.slice(0, 3).join(', ')}${commune.postcodes.length > 3 ? '…' : ''}`

export class CommuneField extends Enhancer {
  #refresh = () => {}

  /** Says again which UDAP receives the request (after a draft or a prefill filled the form). */
  refresh(): void {
    this.#refresh()
  }

  protected enhance(): void {
    const form = this.closest('form')
    if (!form) throw new MissingPart('<commune-field> must be inside a form')
    const input = this.required('[name=commune]', HTMLInputElement)
    const listbox = this.required('[role=listbox]', HTMLUListElement)
    const insee = this.required('[name=inseeCode]', HTMLInputElement)
    const status = this.required('[role=status]')
    const destination = this.required('[data-destination]')
    const postcode = part(form, '[name=postcode]', HTMLInputElement)

    const showDestination = async () => {
      const departement = routeToUdap({
        inseeCode: insee.value || undefined,
        postcode: postcode.value.trim(),
      })
      const name = departement && (await loadIndex())?.udaps[departement]
      destination.hidden = !name
      const text = destination.querySelector('p')
      if (!text) return
      text.textContent = name ? `Votre demande sera envoyée à l’${name}.` : ''
      // Then, once the API has answered, whether that UDAP takes online requests at all (unless
      // another commune was chosen meanwhile).
      const notice = departement ? await inactiveUdapNotice(departement) : undefined
      const still = routeToUdap({
        inseeCode: insee.value || undefined,
        postcode: postcode.value.trim(),
      })
      if (notice && still === departement) text.textContent = notice
    }

    combobox(
      { input, listbox, status },
      {
        minLength: 2,
        debounceMs: 0,
        find: async (query) => searchCommunes((await loadIndex())?.communes ?? [], query),
        text: (commune) => `${commune.name} (${postcodesOf(commune)})`,
        value: (commune) => commune.name,
        announce: (count) =>
          count === 0
            ? 'Aucune commune ne correspond.'
            : `${count} commune${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''}, flèche bas pour les parcourir.`,
        pickedStatus: (commune) => `${commune.name} choisie.`,
        onPick: (commune) => {
          insee.value = commune.inseeCode
          if (commune.postcodes.length === 1 || !commune.postcodes.includes(postcode.value.trim()))
            postcode.value = commune.postcodes[0] ?? postcode.value
          form.dispatchEvent(new Event('input', { bubbles: true }))
          void showDestination()
        },
      },
    )

    input.addEventListener('input', () => {
      // A commune typed by hand is no longer the one chosen in the list.
      insee.value = ''
      void showDestination()
    })
    postcode.addEventListener('input', () => void showDestination())
    this.#refresh = () => void showDestination()
  }
}

defineEnhancer('commune-field', CommuneField)
