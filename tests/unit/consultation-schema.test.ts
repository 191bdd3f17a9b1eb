import { describe, expect, it } from 'vitest'
import {
  consultationFieldLabels,
  validateConsultation,
} from '../../src/domain/consultation-schema.ts'
import { caseOverrides, consultationCases } from '../support/consultation-cases.ts'
import { validConsultation } from '../support/consultation-fixtures.ts'

describe('validateConsultation', () => {
  it('accepts a complete request, trims its text and fills the defaults', () => {
    const {
      protection: _p,
      answerKind: _a,
      ...input
    } = validConsultation({ firstName: '  Camille  ' })
    const result = validateConsultation(input)
    expect(result).toMatchObject({
      success: true,
      data: { firstName: 'Camille', protection: 'je_ne_sais_pas', answerKind: 'ecrite' },
    })
  })

  it('normalises what people type: NFC text, lower-case email, French phone in E.164', () => {
    const result = validateConsultation(
      validConsultation({
        lastName: 'Le\u0301vy',
        email: ' Camille.MARTIN@Example.fr ',
        phone: '04 72 00 00 00',
      }),
    )
    expect(result).toMatchObject({
      success: true,
      data: { lastName: 'Lévy', email: 'camille.martin@example.fr', phone: '+33472000000' },
    })
  })

  it.each([
    ['0472000000', '+33472000000'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['+41 22 000 00 00', '+41 22 000 00 00'],
  ])('stores the phone %s as %s', (phone, stored) => {
    expect(validateConsultation(validConsultation({ phone }))).toMatchObject({
      data: { phone: stored },
    })
  })

  it('accepts a request without the optional fields', () => {
    const { phone: _phone, inseeCode: _insee, ...input } = validConsultation()
    expect(validateConsultation(input).success).toBe(true)
  })

  it.each(consultationCases)('$field = $value → valid: $valid', ({ field, value, valid }) => {
    const result = validateConsultation(validConsultation(caseOverrides(field, value)))
    expect(result.success).toBe(valid)
    if (!result.success) {
      expect(result.errors).toHaveLength(1)
      expect(result.errors[0]?.field).toBe(field)
      // Each message names the field as the form labels it.
      expect(result.errors[0]?.message).toMatch(
        new RegExp(`^${consultationFieldLabels[field as keyof typeof consultationFieldLabels]} : `),
      )
    }
  })

  it.each([
    ['firstName', { firstName: '   ' }, 'Prénom : ce champ est obligatoire.'],
    ['lastName', { lastName: 42 }, 'Nom : ce champ est obligatoire.'],
    [
      'postcode',
      { postcode: '98000', inseeCode: undefined },
      'Code postal : saisissez les 5 chiffres d’un code postal français, par exemple 69001.',
    ],
    ['worksTypes', { worksTypes: [] }, 'Types de travaux : cochez au moins un type de travaux.'],
    [
      'worksTypes',
      { worksTypes: ['toiture', 'toiture'] },
      'Types de travaux : chaque type ne peut être coché qu’une fois.',
    ],
    ['description', { description: 'Fenêtres' }, 'Description du projet : 20 caractères au moins.'],
    [
      'consent',
      { consent: 'true' },
      'Consentement : cochez la case pour accepter le traitement de votre demande.',
    ],
  ])('explains a bad %s in plain French', (field, override, message) => {
    expect(validateConsultation(validConsultation(override))).toEqual({
      success: false,
      errors: [{ field, message }],
    })
  })

  it('names every missing required field of an empty request, once each', () => {
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
        'projectStage',
        'worksTypes',
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
    expect(validateConsultation(body)).toEqual({
      success: false,
      errors: [{ field: '', message: 'Le contenu envoyé doit être un objet JSON.' }],
    })
  })
})
