// French display of the public figures, shared by the /stats/ page and its browser refresh (no zod here).

const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** "2026-07" → "juillet 2026". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-')
  return `${monthNames[Number(index) - 1] ?? month} ${year}`
}

/** French display of a figure; a hidden or missing one reads as a dash with an explanation nearby. */
export function formatFigure(value: number | null, kind: 'count' | 'share' | 'days'): string {
  if (value === null) return '—'
  if (kind === 'share') return `${Math.round(value * 100)}\u202f%`
  if (kind === 'days')
    return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0j`
  return value.toLocaleString('fr-FR')
}

/** "2026-07" → "juil." (chart axis). */
export function monthShortLabel(month: string): string {
  const [year, index] = month.split('-').map(Number)
  return new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2000, (index ?? 1) - 1, 1)),
  )
}
