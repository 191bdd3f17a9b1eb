import communes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import udaps from '../../content/data/udaps.json' with { type: 'json' }
import {
  readCommuneIndex,
  searchCommunes,
  searchKey,
  writeCommuneIndex,
} from '../../src/domain/commune-index.ts'

const udapNames = Object.fromEntries(udaps.map((udap) => [udap.code, udap.name]))
const text = writeCommuneIndex(communes, udapNames)
const index = readCommuneIndex(text)
const byCode = new Map(index.communes.map((commune) => [commune.inseeCode, commune]))

describe('the commune index', () => {
  it('gives back every current commune of a département with a UDAP, code and postcodes intact', () => {
    const expected = communes.filter(
      (commune) =>
        commune.type === 'commune-actuelle' &&
        commune.code.slice(0, commune.code.startsWith('97') ? 3 : 2) in udapNames,
    )
    // One comparison of the whole list: 35,000 separate assertions are slow on a busy machine.
    expect(
      index.communes.map((commune) => [commune.inseeCode, commune.name, commune.postcodes]),
    ).toEqual(
      expected
        .sort((x, y) => (x.code < y.code ? -1 : 1))
        .map((commune) => [commune.code, commune.nom, commune.codesPostaux ?? []]),
    )
  })

  it('names the UDAP of each of the 101 départements', () => {
    expect(Object.keys(index.udaps)).toHaveLength(101)
    expect(index.udaps['69']).toBe('UDAP du Rhône')
  })

  it.each([
    ['69123', 'Lyon', '69005'],
    ['2A004', 'Ajaccio', '20000'],
    ['97411', 'Saint-Denis', '97400'],
    ['75056', 'Paris', '75001'],
  ])('holds %s %s (postcode %s)', (code, name, postcode) => {
    expect(byCode.get(code)?.name).toBe(name)
    expect(byCode.get(code)?.postcodes).toContain(postcode)
  })

  it('weighs less than 300 kB gzipped', async () => {
    const { gzipSync } = await import('node:zlib')
    expect(gzipSync(text).byteLength).toBeLessThan(300 * 1024)
  })
})

describe('searchCommunes', () => {
  it.each([
    ['lyon', 'Lyon'],
    ['Lyon', 'Lyon'],
    ['st etienne', 'Saint-Étienne'],
    ['saint-etienne', 'Saint-Étienne'],
    ['aix en', 'Aix-en-Provence'],
    ['69005', 'Lyon'],
    ['2000', 'Ajaccio'],
    ['l abergement c', "L'Abergement-Clémenciat"],
    ['abergement c', "L'Abergement-Clémenciat"],
  ])('%s → first %s', (query, first) => {
    expect(searchCommunes(index.communes, query)[0]?.name).toBe(first)
  })

  it('suggests at most eight communes, none for fewer than two characters', () => {
    expect(searchCommunes(index.communes, 'sa')).toHaveLength(8)
    expect(searchCommunes(index.communes, 'l')).toEqual([])
  })

  it('finds a word inside the name after names starting with it', () => {
    const names = searchCommunes(index.communes, 'denis', 20).map((commune) => commune.name)
    expect(names).toContain('Saint-Denis')
  })
})

describe('searchKey', () => {
  it.each([
    ['Saint-Étienne', 'st etienne'],
    ['Sainte-Foy-lès-Lyon', 'ste foy les lyon'],
    ['L’Haÿ-les-Roses', 'l hay les roses'],
  ])('%s → %s', (name, key) => {
    expect(searchKey(name)).toBe(key)
  })
})
