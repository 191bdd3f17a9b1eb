// Formatters are costly to create (about half a millisecond each): they are made once here and
// shared, not once per page or per call (the build renders thousands of pages).
const longFrenchDate = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeZone: 'Europe/Paris',
})

/** "28 novembre 2026", as the day is in France. */
export function longDate(date: Date | string): string {
  return longFrenchDate.format(typeof date === 'string' ? new Date(date) : date)
}
