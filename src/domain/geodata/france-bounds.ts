// Boxes around the land of metropolitan France (with Corsica) and of the five overseas
// départements, a little wider than the coast so that no address is refused. A point outside
// every box cannot be an address we can check: it is refused before any upstream call.
const boxes = [
  { name: 'France métropolitaine', south: 41.2, north: 51.2, west: -5.3, east: 9.7 },
  { name: 'Guadeloupe', south: 15.8, north: 16.6, west: -61.9, east: -60.9 },
  { name: 'Martinique', south: 14.35, north: 14.95, west: -61.3, east: -60.75 },
  { name: 'Guyane', south: 2.0, north: 5.9, west: -54.7, east: -51.5 },
  { name: 'La Réunion', south: -21.45, north: -20.8, west: 55.15, east: 55.9 },
  { name: 'Mayotte', south: -13.1, north: -12.55, west: 44.95, east: 45.35 },
] as const

export function isInFrance(lat: number, lon: number): boolean {
  return boxes.some(
    (box) => lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east,
  )
}
