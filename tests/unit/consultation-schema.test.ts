import { describe, expect, it } from 'vitest'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'

describe('validateConsultation', () => {
  it('accepts a complete request and trims its text', () => {
    const result = validateConsultation(validConsultation({ firstName: '  Camille  ' }))
    expect(result).toMatchObject({
      success: true,
      data: { firstName: 'Camille', postcode: '69005' },
    })
  })

  it('accepts a request without phone', () => {
    const { phone: _phone, ...withoutPhone } = validConsultation()
    expect(validateConsultation(withoutPhone).success).toBe(true)
  })

  it.each([
    ['applicantKind', { applicantKind: 'entreprise' }, 'Vous êtes : choisissez'],
    ['firstName', { firstName: '   ' }, 'Prénom : ce champ est obligatoire.'],
    ['lastName', { lastName: 42 }, 'Nom : ce champ est obligatoire.'],
    ['lastName', { lastName: 'x'.repeat(101) }, 'Nom : 100 caractères au maximum.'],
    ['email', { email: 'camille@' }, 'Adresse e-mail : saisissez une adresse valide'],
    ['phone', { phone: 'appelez-moi' }, 'Téléphone : saisissez un numéro valide'],
    ['address', { address: '' }, 'Adresse du projet : ce champ est obligatoire.'],
    ['postcode', { postcode: '6900' }, 'Code postal : saisissez les 5 chiffres'],
    ['postcode', { postcode: '00100' }, 'Code postal : saisissez les 5 chiffres'],
    ['postcode', { postcode: '98000' }, 'Code postal : saisissez les 5 chiffres'],
    ['commune', { commune: undefined }, 'Commune : ce champ est obligatoire.'],
    ['description', { description: 'Fenêtres' }, 'Description du projet : décrivez votre projet'],
    ['consent', { consent: false }, 'Consentement : cochez la case'],
    ['consent', { consent: 'true' }, 'Consentement : cochez la case'],
  ])('rejects a bad %s with a French message naming it (%j)', (field, override, message) => {
    const result = validateConsultation(validConsultation(override))
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.field).toBe(field)
    expect(result.errors[0]?.message).toContain(message)
  })

  it('names every missing field of an empty request', () => {
    const result = validateConsultation({})
    if (result.success) throw new Error('an empty request must be refused')
    expect(result.errors.map((error) => error.field).sort()).toEqual(
      [
        'address',
        'applicantKind',
        'commune',
        'consent',
        'description',
        'email',
        'firstName',
        'lastName',
        'postcode',
      ].sort(),
    )
  })

  it('refuses unknown fields rather than silently dropping them', () => {
    const result = validateConsultation(validConsultation({ status: 'repondue' }))
    expect(result).toEqual({
      success: false,
      errors: [{ field: '', message: 'Champ inconnu : status.' }],
    })
  })

  it.each([null, [], 'texte', 12])('refuses a body that is not an object (%j)', (body) => {
    const result = validateConsultation(body)
    expect(result).toEqual({
      success: false,
      errors: [{ field: '', message: 'Le contenu envoyé doit être un objet JSON.' }],
    })
  })
})
