// <consultation-confirmation>: reads the request through the tracking token left in the URL
// fragment.
import { defineEnhancer, Enhancer } from '../component.ts'
import { h } from '../dom.ts'
import { fetchTracking } from '../tracking-api.ts'

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

export class ConsultationConfirmation extends Enhancer {
  protected enhance(): void {
    const region = this.required('[aria-live]')
    const link = this.required('a[href^="/suivi/"]', HTMLAnchorElement)
    const print = this.required('button', HTMLButtonElement)
    void showConfirmation(region, link, print)
  }
}

async function showConfirmation(
  region: HTMLElement,
  link: HTMLAnchorElement,
  print: HTMLButtonElement,
): Promise<void> {
  print.hidden = false
  print.addEventListener('click', () => window.print())
  const token = location.hash.slice(1)
  if (!token) return
  link.href = new URL(`/suivi/#${token}`, location.origin).href
  const view = await fetchTracking(token)
  if (typeof view === 'string') return
  const lines = [
    `Référence de votre demande : ${view.reference}`,
    `Envoyée le ${dateFormat.format(new Date(view.created_at))} à l’${view.udap.name}.`,
    view.attachments > 0
      ? `Documents reçus : ${view.attachments}.`
      : 'Aucun document joint pour le moment.',
  ]
  region.replaceChildren(
    ...lines.map((line, index) =>
      h('p', { class: index === 0 ? 'fr-callout__title' : 'fr-callout__text' }, line),
    ),
  )
}

defineEnhancer('consultation-confirmation', ConsultationConfirmation)
