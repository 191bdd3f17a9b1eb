// The tracking page: the token is in the URL fragment, never sent to a server except to the API.
import { type ConsultationStatus, consultationStatuses } from '../domain/taxonomy.ts'

interface TrackingView {
  reference: string
  status: ConsultationStatus
  created_at: string
  answered_at: string | null
  answer: string | null
  udap: { name: string; email: string | null; phone: string | null }
  attachments: number
  timeline: {
    kind: string
    status: ConsultationStatus | null
    at: string
    motivation: string | null
  }[]
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

export async function showTracking(): Promise<void> {
  const region = document.querySelector<HTMLElement>('#suivi')
  if (!region) return
  const token = location.hash.slice(1)
  if (!token)
    return void region.replaceChildren(
      paragraph('Ce lien de suivi est incomplet. Utilisez le lien reçu par e-mail.'),
    )
  try {
    const response = await fetch(`/api/consultations/${encodeURIComponent(token)}`, {
      headers: { Accept: 'application/json' },
    })
    if (response.status === 404) {
      return void region.replaceChildren(
        paragraph('Aucune demande ne correspond à ce lien. Vérifiez qu’il est complet.'),
      )
    }
    if (!response.ok) throw new Error(String(response.status))
    const parts = render((await response.json()) as TrackingView)
    // Arriving from the form without JavaScript: say that it worked.
    if (new URLSearchParams(location.search).has('envoyee'))
      parts.unshift(
        paragraph(
          'Votre demande a bien été envoyée. Gardez le lien de cette page : il vous est aussi envoyé par e-mail.',
        ),
      )
    region.replaceChildren(...parts)
  } catch {
    region.replaceChildren(
      paragraph(
        'Votre demande ne peut pas être affichée pour le moment. Réessayez dans quelques minutes.',
      ),
    )
  }
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
