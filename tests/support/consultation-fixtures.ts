import type { ConsultationInput } from '../../src/domain/consultation-schema.ts'

/** A complete, valid request for advice; tests override one field at a time. */
export function validConsultation(
  overrides: Record<string, unknown> = {},
): ConsultationInput & Record<string, unknown> {
  return {
    applicantKind: 'particulier',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.fr',
    phone: '04 72 00 00 00',
    address: '12 rue Saint-Jean',
    postcode: '69005',
    commune: 'Lyon',
    inseeCode: '69385',
    protection: 'spr',
    worksTypes: ['menuiseries'],
    description: 'Remplacement des fenêtres en bois de la façade sur rue, à l’identique.',
    projectStage: 'esquisse',
    answerKind: 'ecrite',
    consent: true,
    ...overrides,
  } as ConsultationInput & Record<string, unknown>
}
