import { describe, expect, it } from 'vitest'
import { prefillFromQuery } from '../../src/domain/consultation-prefill.ts'

describe('prefillFromQuery (the URL contract of /demander-un-conseil/)', () => {
  it.each([
    ['protection=spr', { protection: 'spr', worksTypes: [] }],
    ['protection=chateau', { worksTypes: [] }],
    [
      'worksTypes=toiture&worksTypes=piscine&worksTypes=toiture',
      { worksTypes: ['toiture', 'piscine'] },
    ],
    ['worksTypes=toiture&worksTypes=garage', { worksTypes: ['toiture'] }],
    [
      'address=12+rue+Saint-Jean&postcode=69005&commune=Lyon&inseeCode=69123',
      {
        worksTypes: [],
        address: '12 rue Saint-Jean',
        postcode: '69005',
        commune: 'Lyon',
        inseeCode: '69123',
      },
    ],
    ['postcode=6900&inseeCode=99999', { worksTypes: [] }],
    ['inseeCode=2a004', { worksTypes: [], inseeCode: '2A004' }],
    [`commune=${'x'.repeat(151)}`, { worksTypes: [] }],
    ['address=%20%20', { worksTypes: [] }],
    ['email=a@b.fr&consent=true', { worksTypes: [] }],
  ])('%s', (query, expected) => {
    expect(prefillFromQuery(new URLSearchParams(query))).toEqual(expected)
  })
})
