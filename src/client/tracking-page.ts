// The tracking page: the token is in the URL fragment, never sent to a server except to the API.
import { consultationStatuses } from '../domain/taxonomy.ts'
import { fetchTracking, type TrackingView } from './tracking-api.ts'

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

export async function showTracking(): Promise<void> {
  const region = document.querySelector<HTMLElement>('#suivi')
  if (!region) return
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
  if (openStatuses.has(view.status)) await offerDocuments(token, view)
}

// A request still open receives documents: those asked for in a complement, or sent after a
// form posted without JavaScript.
const openStatuses = new Set(['nouvelle', 'en_cours', 'complement_demande'])

// Loaded only for an open request, so the page's own script stays small.
async function offerDocuments(token: string, view: TrackingView): Promise<void> {
  const section = document.querySelector<HTMLElement>('#ajout-documents')
  const input = document.querySelector<HTMLInputElement>('#documents-suivi')
  const send = document.querySelector<HTMLButtonElement>('#ajout-documents-envoyer')
  const list = document.querySelector<HTMLUListElement>('#ajout-documents-envois')
  const announce = document.querySelector<HTMLElement>('#ajout-documents-annonce')
  if (!section || !input || !send || !list || !announce) return
  const [{ enhanceDocumentPicker }, { uploadDocuments }] = await Promise.all([
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
  send.addEventListener('click', () => {
    const files = picker.files()
    if (files.length === 0) {
      announce.textContent = 'Choisissez d’abord un ou plusieurs documents.'
      return input.focus()
    }
    picker.clear()
    send.disabled = true
    uploadDocuments(files, token, { list, announce }, (allDone) => {
      send.disabled = false
      if (allDone) announce.textContent = 'Tous vos documents ont été envoyés à l’UDAP.'
    })
  })
}

function render(view: TrackingView): HTMLElement[] {
  const summary = document.createElement('dl')
  for (const [term, value] of [
    ['Référence', view.reference],
    ['Statut', consultationStatuses[view.status]],
    ['Envoyée le', dateFormat.format(new Date(view.created_at))],
    ['Traitée par', view.udap.name],
    ['Documents joints', String(view.attachments)],
  ] as const) {
    const dt = document.createElement('dt')
    dt.textContent = term
    const dd = document.createElement('dd')
    dd.textContent = value
    summary.append(dt, dd)
  }
  const parts: HTMLElement[] = [summary]
  if (view.answer) parts.push(heading('La réponse de l’UDAP'), paragraph(view.answer))
  parts.push(heading('Étapes'))
  const steps = document.createElement('ol')
  for (const event of view.timeline) {
    const item = document.createElement('li')
    const label =
      event.kind === 'piece_ajoutee'
        ? 'Document reçu'
        : event.kind === 'complement_recu'
          ? 'Votre réponse au complément a été transmise à l’UDAP'
          : event.status
            ? consultationStatuses[event.status]
            : event.kind
    item.textContent = `${dateFormat.format(new Date(event.at))} : ${label}${event.motivation ? ` — ${event.motivation}` : ''}`
    steps.append(item)
  }
  parts.push(steps)
  return parts
}

function heading(text: string): HTMLElement {
  const h2 = document.createElement('h2')
  h2.textContent = text
  return h2
}

function paragraph(text: string): HTMLElement {
  const p = document.createElement('p')
  p.textContent = text
  return p
}
