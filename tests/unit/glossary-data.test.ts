// The glossary (content/data/glossary.json): anchors other pages rely on, order, grouping.
import { describe, expect, it } from 'vitest'
import { glossary, glossaryByLetter, guaranteedGlossaryIds } from '../../src/data/glossary.ts'

describe('the glossary', () => {
  it('has at least 35 terms, each with its own anchor', () => {
    const ids = glossary.map((term) => term.id)
    expect(ids.length).toBeGreaterThanOrEqual(35)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(guaranteedGlossaryIds)('keeps the anchor #%s that other pages link to', (id) => {
    expect(glossary.map((term) => term.id)).toContain(id)
  })

  it('is in French alphabetical order, accents ignored', () => {
    const terms = glossary.map((term) => term.term)
    expect(terms).toEqual([...terms].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare))
    expect(terms.indexOf('Déclaration préalable (DP)')).toBeLessThan(
      terms.indexOf('DRAC (direction régionale des affaires culturelles)'),
    )
  })
})

describe('grouping by initial letter', () => {
  const term = (name: string) => ({ id: 'x', term: name, definition: 'd'.repeat(20), links: [] })

  it.each([
    ['Émission', 'E'],
    ['écart', 'E'],
    ['Île', 'I'],
    ['abords', 'A'],
    ['Zone', 'Z'],
  ])('puts “%s” under %s', (name, letter) => {
    expect(glossaryByLetter([term(name)]).map((group) => group.letter)).toEqual([letter])
  })

  it('keeps the order of the terms within a letter', () => {
    const groups = glossaryByLetter([term('Abords'), term('Accord'), term('Bâti')])
    expect(groups).toEqual([
      { letter: 'A', terms: [term('Abords'), term('Accord')] },
      { letter: 'B', terms: [term('Bâti')] },
    ])
  })
})
