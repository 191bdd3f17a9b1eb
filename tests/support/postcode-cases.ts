/** Postcodes and their département (null: not a French département's postcode). Shared by the TS and SQL tests. */
export const postcodeCases: [string, string | null][] = [
  ['01000', '01'],
  ['69005', '69'],
  ['75001', '75'],
  ['95000', '95'],
  ['20000', '2A'],
  ['20169', '2A'],
  ['20200', '2B'],
  ['20600', '2B'],
  ['97100', '971'],
  ['97200', '972'],
  ['97300', '973'],
  ['97400', '974'],
  ['97600', '976'],
  ['97500', null], // Saint-Pierre-et-Miquelon: a collectivité, not a département
  ['98000', null], // Monaco
  ['00100', null],
  ['6900', null],
  ['690051', null],
  ['A9000', null],
]

/** INSEE commune codes and their département. */
export const inseeCases: [string, string | null][] = [
  ['01053', '01'],
  ['69123', '69'],
  ['69385', '69'], // Lyon 5e arrondissement
  ['13201', '13'], // Marseille 1er
  ['75056', '75'],
  ['2A004', '2A'], // Ajaccio
  ['2B033', '2B'], // Bastia
  ['97105', '971'],
  ['97411', '974'],
  ['97611', '976'],
  ['20004', null], // Corsican communes are 2A/2B, never 20
  ['97502', null], // Saint-Pierre-et-Miquelon
  ['98805', null],
  ['6912', null],
]

/** Routing: the INSEE code decides when known (the postcode may belong to a neighbouring département). */
export const routingCases: [string | null, string, string | null][] = [
  ['69385', '69005', '69'],
  [null, '69005', '69'],
  ['2A004', '20000', '2A'],
  [null, '20200', '2B'],
  ['97209', '97200', '972'],
  ['05077', '04200', '05'], // the INSEE code wins over a postcode of another département
  [null, '98000', null],
]
