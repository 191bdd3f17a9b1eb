import { describe, expect, it } from 'vitest'
import {
  departementFromInsee,
  departementFromPostcode,
  routeToUdap,
} from '../../src/domain/departement.ts'
import { inseeCases, postcodeCases, routingCases } from '../support/postcode-cases.ts'

describe('departementFromPostcode', () => {
  it.each(postcodeCases)('%s → %s', (postcode, departement) => {
    expect(departementFromPostcode(postcode)).toBe(departement ?? undefined)
  })
})

describe('departementFromInsee', () => {
  it.each(inseeCases)('%s → %s', (insee, departement) => {
    expect(departementFromInsee(insee)).toBe(departement ?? undefined)
  })
})

describe('routeToUdap', () => {
  it.each(routingCases)('INSEE %s, postcode %s → UDAP %s', (inseeCode, postcode, udap) => {
    expect(routeToUdap({ inseeCode: inseeCode ?? undefined, postcode })).toBe(udap ?? undefined)
  })
})
