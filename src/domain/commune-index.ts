/**
 * The communes the form suggests, shipped as a compact text index built from
 * @etalab/decoupage-administratif (src/pages/data/communes.txt.ts), 256 kB gzipped instead of
 * 440 kB as JSON. One line per département, then one per commune, by INSEE code:
 *   #<département>;<name of its UDAP>
 *   <name>;<INSEE number minus the previous one, empty for 1>;<postcodes: the digits after the
 *   département, "!" + full code when another département's, "-" for none; empty = as the line above>;<log10 of the population>
 */

export interface Commune {
  name: string
  /** searchKey(name), computed once. */
  key: string
  inseeCode: string
  postcodes: string[]
  /** Order of magnitude of the population: larger communes are suggested first. */
  size: number
}

export interface CommuneIndex {
  udaps: Record<string, string>
  communes: Commune[]
}

/** A commune as @etalab/decoupage-administratif describes it (the fields used here). */
export interface OfficialCommune {
  code: string
  nom: string
  type: string
  codesPostaux?: string[]
  population?: number
}

const departementOf = (inseeCode: string) => inseeCode.slice(0, inseeCode.startsWith('97') ? 3 : 2)

/** Lower case, no accents, hyphens and apostrophes as spaces, "saint" as "st": how people type. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bsainte?\b/g, (word) => (word === 'sainte' ? 'ste' : 'st'))
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The index of the current communes of the départements that have a UDAP (`udaps`: code → name);
 * delegated and associated communes are left out (they route as their parent).
 */
export function writeCommuneIndex(
  communes: readonly OfficialCommune[],
  udaps: Record<string, string>,
): string {
  const lines: string[] = []
  let departement = ''
  let previousNumber = 0
  let previousPostcodes = ''
  const current = communes
    .filter(
      (commune) => commune.type === 'commune-actuelle' && departementOf(commune.code) in udaps,
    )
    .sort((a, b) => (a.code < b.code ? -1 : 1))
  for (const commune of current) {
    const code = departementOf(commune.code)
    if (code !== departement) {
      lines.push(`#${code};${udaps[code]}`)
      departement = code
      previousNumber = 0
      previousPostcodes = ''
    }
    const number = Number.parseInt(commune.code.slice(code.length), 10)
    const postcodes =
      (commune.codesPostaux ?? [])
        .map((postcode) =>
          postcode.startsWith(code) ? postcode.slice(code.length) : `!${postcode}`,
        )
        .join(' ') || '-'
    lines.push(
      [
        commune.nom,
        number - previousNumber === 1 ? '' : number - previousNumber,
        postcodes === previousPostcodes ? '' : postcodes,
        Math.floor(Math.log10((commune.population ?? 0) + 1)),
      ].join(';'),
    )
    previousNumber = number
    previousPostcodes = postcodes
  }
  return `${lines.join('\n')}\n`
}

export function readCommuneIndex(text: string): CommuneIndex {
  const index: CommuneIndex = { udaps: {}, communes: [] }
  let departement = ''
  let number = 0
  let postcodes: string[] = []
  for (const line of text.split('\n')) {
    if (line === '') continue
    const [first = '', second = '', third = '', fourth = ''] = line.split(';')
    if (first.startsWith('#')) {
      departement = first.slice(1)
      index.udaps[departement] = second
      number = 0
      postcodes = []
      continue
    }
    number += second === '' ? 1 : Number(second)
    if (third === '-') postcodes = []
    else if (third !== '')
      postcodes = third
        .split(' ')
        .map((part) => (part.startsWith('!') ? part.slice(1) : departement + part))
    const suffix = String(number).padStart(departement.length === 3 ? 2 : 3, '0')
    index.communes.push({
      name: first,
      key: searchKey(first),
      inseeCode: departement + suffix,
      postcodes,
      size: Number(fourth),
    })
  }
  return index
}

/**
 * Communes whose name starts with the query (then those with a word starting with it), or whose
 * postcode starts with it when the query is made of digits; larger communes first, at most `limit`.
 */
export function searchCommunes(communes: readonly Commune[], query: string, limit = 8): Commune[] {
  const key = searchKey(query)
  if (key.length < 2) return []
  const byPostcode = /^\d+$/.test(key)
  const starts: Commune[] = []
  const inside: Commune[] = []
  for (const commune of communes) {
    if (
      byPostcode
        ? commune.postcodes.some((postcode) => postcode.startsWith(key))
        : commune.key.startsWith(key)
    )
      starts.push(commune)
    else if (!byPostcode && commune.key.includes(` ${key}`)) inside.push(commune)
  }
  const bySize = (a: Commune, b: Commune) => b.size - a.size
  return [...starts.sort(bySize), ...inside.sort(bySize)].slice(0, limit)
}
