// <consultation-tracking>, the tracking page: the token is in the URL fragment, never sent to a
// server except to the API.

import type { TrackingAnswer } from '../domain/api/tracking.ts'
import { consultationStatuses } from '../domain/taxonomy.ts'
import { defineEnhancer, Enhancer, part } from './component.ts'
import { h } from './dom.ts'
import { fetchTracking } from './tracking-api.ts'

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

interface DocumentParts {
  section: HTMLElement
  input: HTMLInputElement
  send: HTMLButtonElement
  list: HTMLUListElement
  announce: HTMLElement
}

export class ConsultationTracking extends Enhancer {
  protected enhance(): void {
    const region = this.required('[data-view]')
    const section = this.required('[data-uploads]')
    const parts: DocumentParts = {
      section,
      input: part(section, 'input[type=file]', HTMLInputElement),
      send: part(section, '[data-send]', HTMLButtonElement),
      list: part(section, '[data-sending]', HTMLUListElement),
      announce: part(section, '[data-announce]'),
    }
    void showTracking(region, parts)
  }
}

async function showTracking(region: HTMLElement, documents: DocumentParts): Promise<void> {
  const token = location.hash.slice(1)
  if (!token)
    return void region.replaceChildren(
      paragraph('Ce lien de suivi est incomplet. Utilisez le lien reçu par e-mail.'),
    )
  const view = await fetchTracking(token)
  if (view === 'not_found')
    return void region.replaceChildren(
      paragraph('Aucune demande ne correspond à ce lien. Vérifiez qu’il est complet.'),
    )
  if (view === 'unavailable')
    return void region.replaceChildren(
      paragraph(
        'Votre demande ne peut pas être affichée pour le moment. Réessayez dans quelques minutes.',
      ),
    )
  const parts = render(view)
  // Arriving from the form without JavaScript: say that it worked.
  if (new URLSearchParams(location.search).has('envoyee'))
    parts.unshift(
      paragraph(
        'Votre demande a bien été envoyée. Gardez le lien de cette page : il vous est aussi envoyé par e-mail.',
      ),
    )
  region.replaceChildren(...parts)
  if (openStatuses.has(view.status)) await offerDocuments(token, view, documents)
}

// A request still open receives documents: those asked for in a complement, or sent after a
// form posted without JavaScript.
const openStatuses = new Set(['nouvelle', 'en_cours', 'complement_demande'])

// Loaded only for an open request, so the page's own script stays small.
async function offerDocuments(
  token: string,
  view: TrackingAnswer,
  { section, input, send, list, announce }: DocumentParts,
): Promise<void> {
  const [{ enhanceDocumentPicker }, { announceMessage, uploadDocuments }] = await Promise.all([
    import('./consultation/document-picker.ts'),
    import('./consultation/document-uploads.ts'),
  ])
  const picker = enhanceDocumentPicker(input)
  if (!picker) return
  section.hidden = false
  if (view.status === 'complement_demande') {
    section.querySelector('[data-complement]')?.removeAttribute('hidden')
    document.querySelector('complement-answer')?.removeAttribute('hidden')
  }
  // aria-disabled, not disabled, while sending: the button keeps the focus (RGAA 7.3).
  let sending = false
  send.addEventListener('click', () => {
    if (sending) return
    const files = picker.files()
    if (files.length === 0) {
      announceMessage(announce, 'Choisissez d’abord un ou plusieurs documents.')
      return input.focus()
    }
    picker.clear()
    sending = true
    send.setAttribute('aria-disabled', 'true')
    uploadDocuments(files, token, { list, announce }, () => {
      sending = false
      send.removeAttribute('aria-disabled')
      void refreshDocumentCount(token)
    })
  })
}

/** The number of documents shown, read again once a sending has settled. */
async function refreshDocumentCount(token: string): Promise<void> {
  const view = await fetchTracking(token)
  const count = document.querySelector('[data-attachments]')
  if (typeof view === 'object' && count) count.textContent = String(view.attachments)
}

function render(view: TrackingAnswer): HTMLElement[] {
  const summary = h('dl')
  for (const [term, value] of [
    ['Référence', view.reference],
    ['Statut', consultationStatuses[view.status]],
    ['Envoyée le', dateFormat.format(new Date(view.created_at))],
    ['Traitée par', view.udap.name],
    ['Documents joints', String(view.attachments)],
  ] as const)
    summary.append(
      h('dt', {}, term),
      h('dd', term === 'Documents joints' ? { 'data-attachments': '' } : {}, value),
    )
  const parts: HTMLElement[] = [summary]
  if (view.answer) parts.push(heading('La réponse de l’UDAP'), paragraph(view.answer))
  parts.push(heading('Étapes'))
  const steps = h('ol')
  for (const event of view.timeline) {
    const label =
      event.kind === 'piece_ajoutee'
        ? 'Document reçu'
        : event.kind === 'complement_recu'
          ? 'Votre réponse au complément a été transmise à l’UDAP'
          : event.status
            ? consultationStatuses[event.status]
            : event.kind
    steps.append(
      h(
        'li',
        {},
        `${dateFormat.format(new Date(event.at))} : ${label}${event.motivation ? ` — ${event.motivation}` : ''}`,
      ),
    )
  }
  parts.push(steps)
  return parts
}

const heading = (text: string) => h('h2', {}, text)
const paragraph = (text: string) => h('p', {}, text)

defineEnhancer('consultation-tracking', ConsultationTracking)
