// /stats/: the page is built with a snapshot; fresher key figures come from /api/stats when it
// answers. Progressive enhancement only: without it, the snapshot stays.
import { formatFigure } from '../domain/statistics-format.ts'

type Figures = Record<string, unknown> & { demo?: unknown; generatedAt?: unknown }

async function refresh(): Promise<void> {
  const response = await fetch('/api/stats', { headers: { Accept: 'application/json' } })
  if (!response.ok) return
  const figures = (await response.json()) as Figures
  if (typeof figures.demo !== 'boolean' || typeof figures.generatedAt !== 'string') return
  for (const element of document.querySelectorAll<HTMLElement>('[data-stat]')) {
    const value = figures[element.dataset.stat ?? '']
    const kind = element.dataset.kind as 'count' | 'share' | 'days'
    element.textContent = formatFigure(typeof value === 'number' ? value : null, kind)
  }
  const demo = document.querySelector<HTMLElement>('[data-stats-demo]')
  if (demo) demo.hidden = !figures.demo
  document.querySelector('[data-stats-unavailable]')?.remove()
  const date = document.querySelector('[data-stats-date]')
  if (date)
    date.textContent = `Chiffres au ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(figures.generatedAt))}.`
}

refresh().catch(() => {
  // The snapshot stays: the API is optional (a static deployment, an outage).
})
