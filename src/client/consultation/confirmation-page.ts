// The confirmation reads the request through the tracking token left in the URL fragment.
import { fetchTracking } from '../tracking-api.ts'

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

export async function showConfirmation(): Promise<void> {
  const region = document.querySelector<HTMLElement>('#confirmation')
  const link = document.querySelector<HTMLAnchorElement>('#confirmation-suivi')
  const print = document.querySelector<HTMLButtonElement>('#confirmation-imprimer')
  if (!region || !link || !print) return
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
    ...lines.map((line, index) => {
      const text = document.createElement('p')
      text.className = index === 0 ? 'fr-callout__title' : 'fr-callout__text'
      text.textContent = line
      return text
    }),
  )
}
