import { describe, expect, it } from 'vitest'
import { departementFromPostcode } from '../../src/domain/departement.ts'
import { postcodeCases } from '../support/postcode-cases.ts'

describe('departementFromPostcode', () => {
  it.each(postcodeCases)('%s → %s', (postcode, departement) => {
    expect(departementFromPostcode(postcode)).toBe(departement ?? undefined)
  })
})
