/**
 * One table of field values, valid and invalid, run through the zod schema (unit tests) and
 * through `public.submit_consultation` (database tests): both must accept and refuse alike.
 */
export const consultationCases: { field: string; value: unknown; valid: boolean }[] = [
  { field: 'applicantKind', value: 'collectivite', valid: true },
  { field: 'applicantKind', value: 'entreprise', valid: false },
  { field: 'firstName', value: 'x'.repeat(100), valid: true },
  { field: 'firstName', value: 'x'.repeat(101), valid: false },
  { field: 'lastName', value: '   ', valid: false },
  { field: 'email', value: 'prenom.nom@mairie-exemple.fr', valid: true },
  { field: 'email', value: 'prenom.nom@', valid: false },
  { field: 'email', value: 'nom @exemple.fr', valid: false },
  { field: 'phone', value: '+33 4 72 00 00 00', valid: true },
  { field: 'phone', value: 'appelez-moi', valid: false },
  { field: 'address', value: 'x'.repeat(300), valid: true },
  { field: 'address', value: 'x'.repeat(301), valid: false },
  { field: 'postcode', value: '20090', valid: true },
  { field: 'postcode', value: '97600', valid: true },
  { field: 'postcode', value: '98000', valid: false },
  { field: 'postcode', value: '6900', valid: false },
  { field: 'commune', value: 'x'.repeat(151), valid: false },
  { field: 'inseeCode', value: '2A004', valid: true },
  { field: 'inseeCode', value: '20004', valid: false },
  { field: 'cadastralReference', value: 'AB 123', valid: true },
  { field: 'cadastralReference', value: 'x'.repeat(51), valid: false },
  { field: 'protection', value: 'je_ne_sais_pas', valid: true },
  { field: 'protection', value: 'unesco', valid: false },
  { field: 'worksTypes', value: ['toiture', 'panneaux_solaires'], valid: true },
  { field: 'worksTypes', value: [], valid: false },
  { field: 'worksTypes', value: ['veranda'], valid: false },
  { field: 'description', value: 'x'.repeat(20), valid: true },
  { field: 'description', value: 'x'.repeat(19), valid: false },
  { field: 'description', value: 'x'.repeat(5001), valid: false },
  { field: 'projectStage', value: 'demande_deposee', valid: true },
  { field: 'projectStage', value: 'termine', valid: false },
  { field: 'answerKind', value: 'rendez_vous', valid: true },
  { field: 'answerKind', value: 'courrier', valid: false },
  { field: 'consent', value: false, valid: false },
]

/** The overrides a case needs on the valid fixture (a Corsican INSEE code needs a Corsican postcode). */
export function caseOverrides(field: string, value: unknown): Record<string, unknown> {
  if (field === 'postcode') return { postcode: value, inseeCode: undefined }
  if (field === 'inseeCode') return { inseeCode: value, postcode: '20000', commune: 'Ajaccio' }
  return { [field]: value }
}
