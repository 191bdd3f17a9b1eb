// The UDAP directory (content/data/udap-directory.json over udaps.json): every département once,
// under its official région, with the anchors the URL contract promises.
import departements from '@etalab/decoupage-administratif/data/departements.json' with {
  type: 'json',
}
import { describe, expect, it } from 'vitest'
import { udapAnchor, udapDirectory, udaps } from '../../src/data/udap-directory.ts'

const directory = udapDirectory()
const entries = directory.flatMap((region) =>
  region.udaps.map((udap) => ({ region: region.code, ...udap })),
)

describe('the UDAP directory', () => {
  it('lists each of the 101 UDAPs exactly once', () => {
    expect(udaps).toHaveLength(101)
    expect(entries.map((entry) => entry.code).sort()).toEqual(udaps.map((udap) => udap.code).sort())
  })

  it('puts each département under its région (official geographic code)', () => {
    const officialRegion = new Map(departements.map((d) => [d.code, d.region]))
    const wrong = entries.filter((entry) => officialRegion.get(entry.code) !== entry.region)
    expect(wrong.map((entry) => entry.code)).toEqual([])
  })

  it.each([
    ['01', 'udap-01'],
    ['2A', 'udap-2a'],
    ['2B', 'udap-2b'],
    ['69', 'udap-69'],
    ['971', 'udap-971'],
  ])('gives %s the anchor #%s', (code, anchor) => {
    expect(udapAnchor(code)).toBe(anchor)
    expect(entries.find((entry) => entry.code === code)?.anchor).toBe(anchor)
  })

  it('points every région to an official page of the ministry of Culture', () => {
    for (const region of directory)
      expect(region.url).toMatch(/^https:\/\/www\.culture\.gouv\.fr\//)
  })

  it('gives the pilot UDAP (Rhône) the consultation form, the DRAC FAQ and the DRAC’s seat, and no unverified contact detail', () => {
    const rhone = entries.find((entry) => entry.code === '69')
    expect(rhone).toMatchObject({ email: null, phone: null, address: null })
    expect(rhone?.links.map((link) => link.href)).toEqual([
      '/demander-un-conseil/',
      expect.stringMatching(
        /^https:\/\/www\.culture\.gouv\.fr\/Regions\/Drac-Auvergne-Rhone-Alpes\/.*FAQ/,
      ),
    ])
    expect(directory.find((region) => region.code === '84')?.seat).toBe(
      'Le Grenier d’abondance, 6 quai Saint-Vincent, 69001 Lyon',
    )
  })
})
