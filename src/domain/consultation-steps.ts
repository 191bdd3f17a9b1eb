import type { ConsultationField } from './consultation-schema.ts'

/** A step of the consultation form and the fields it validates before going on. */
export interface ConsultationStep {
  id: string
  title: string
  fields: ConsultationField[]
}

/**
 * The form's steps, in order. Without JavaScript they are the sections of one page; with it, the
 * stepper shows one at a time and checks its fields before the next (same messages as the API).
 */
export const consultationSteps: ConsultationStep[] = [
  {
    id: 'etape-projet',
    title: 'Votre projet',
    fields: ['address', 'postcode', 'commune', 'inseeCode', 'cadastralReference', 'protection'],
  },
  {
    id: 'etape-travaux',
    title: 'Les travaux',
    fields: ['worksTypes', 'description', 'projectStage'],
  },
  { id: 'etape-documents', title: 'Vos documents', fields: [] },
  {
    id: 'etape-coordonnees',
    title: 'Vos coordonnées',
    fields: ['applicantKind', 'firstName', 'lastName', 'email', 'phone', 'answerKind'],
  },
  { id: 'etape-verification', title: 'Vérification', fields: ['consent'] },
]

/** The index of the first step holding one of these fields, or -1. */
export function firstStepWith(fields: readonly string[]): number {
  return consultationSteps.findIndex((step) => step.fields.some((field) => fields.includes(field)))
}
