import { describe, expect, it } from 'vitest'
import { accessibilityContactEmail } from '../../src/domain/accessibility-contact.ts'

describe('accessibilityContactEmail', () => {
  it('is the deployer’s address, trimmed', () => {
    expect(
      accessibilityContactEmail({ ACCESSIBILITY_CONTACT_EMAIL: ' accessibilite@culture.gouv.fr ' }),
    ).toBe('accessibilite@culture.gouv.fr')
  })

  it('is null when unset or empty, so that the statement gives its fallback', () => {
    expect(accessibilityContactEmail({})).toBeNull()
    expect(accessibilityContactEmail({ ACCESSIBILITY_CONTACT_EMAIL: '  ' })).toBeNull()
  })

  it('stops the build on a malformed address, naming the variable', () => {
    expect(() =>
      accessibilityContactEmail({ ACCESSIBILITY_CONTACT_EMAIL: 'accessibilite' }),
    ).toThrow(/ACCESSIBILITY_CONTACT_EMAIL/)
  })
})
