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
