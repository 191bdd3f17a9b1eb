import { z } from 'zod'
import type { FieldError } from './api/problem.ts'
import { inseeCodePattern, postcodePattern } from './departement.ts'
import {
  answerKinds,
  applicantKinds,
  keysOf,
  projectStages,
  protectionKinds,
  worksTypes,
} from './taxonomy.ts'

/** Field labels, in French, used in error messages and in the form. */
export const consultationFieldLabels = {
  applicantKind: 'Vous êtes',
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  address: 'Adresse du projet',
  postcode: 'Code postal',
  commune: 'Commune',
  inseeCode: 'Code INSEE de la commune',
  cadastralReference: 'Référence cadastrale',
  protection: 'Protection connue',
  worksTypes: 'Types de travaux',
  description: 'Description du projet',
  projectStage: 'Avancement du projet',
  answerKind: 'Réponse souhaitée',
  consent: 'Consentement',
} as const

export type ConsultationField = keyof typeof consultationFieldLabels

const label = (field: ConsultationField) => consultationFieldLabels[field]
const required = (field: ConsultationField) => `${label(field)} : ce champ est obligatoire.`

// Text is trimmed and in Unicode NFC, so that "é" typed two ways is stored one way.
const text = (field: ConsultationField, max: number, min = 1) =>
  z
    .string({ error: required(field) })
    .trim()
    .normalize('NFC')
    .min(min, min === 1 ? required(field) : `${label(field)} : ${min} caractères au moins.`)
    .max(max, `${label(field)} : ${max} caractères au maximum.`)

const choice = <T extends Record<string, string>>(field: ConsultationField, list: T) =>
  z.enum(keysOf(list), { error: `${label(field)} : choisissez une des réponses proposées.` })

/**
 * A request for advice sent to the UDAP. The table `public.consultations` mirrors every rule
 * with a check constraint; a test runs a shared table of cases on both.
 */
export const consultationSchema = z.strictObject(
  {
    // Drives the agents' sorting and the tone of the answer.
    applicantKind: choice('applicantKind', applicantKinds),
    firstName: text('firstName', 100),
    lastName: text('lastName', 100),
    email: z
      .string({ error: required('email') })
      .trim()
      .toLowerCase()
      .pipe(
        z
          .email({
            error: `${label('email')} : saisissez une adresse valide, par exemple nom@exemple.fr.`,
          })
          .max(254, `${label('email')} : 254 caractères au maximum.`),
      ),
    // Optional; French numbers are stored in E.164 (+33…), others as typed.
    phone: z
      .string({ error: `${label('phone')} : saisissez un numéro valide.` })
      .trim()
      .regex(
        /^\+?[0-9 .-]{6,20}$/,
        `${label('phone')} : saisissez un numéro valide, par exemple 04 72 00 00 00.`,
      )
      .transform(frenchPhoneToE164)
      .optional(),
    // The agents' first complaint about the previous service: requests without an address.
    address: text('address', 300),
    // The first digits give the département, hence the UDAP.
    postcode: z
      .string({ error: required('postcode') })
      .trim()
      .regex(
        postcodePattern,
        `${label('postcode')} : saisissez les 5 chiffres d’un code postal français, par exemple 69001.`,
      ),
    commune: text('commune', 150),
    // Filled by the commune autocomplete; decides the UDAP when present.
    inseeCode: z
      .string({ error: `${label('inseeCode')} : choisissez la commune dans la liste.` })
      .regex(inseeCodePattern, `${label('inseeCode')} : choisissez la commune dans la liste.`)
      .optional(),
    cadastralReference: text('cadastralReference', 50).optional(),
    protection: choice('protection', protectionKinds).default('je_ne_sais_pas'),
    worksTypes: z
      .array(choice('worksTypes', worksTypes), {
        error: `${label('worksTypes')} : cochez au moins un type de travaux.`,
      })
      .min(1, `${label('worksTypes')} : cochez au moins un type de travaux.`)
      .refine(
        (types) => new Set(types).size === types.length,
        `${label('worksTypes')} : chaque type ne peut être coché qu’une fois.`,
      ),
    // The agents' second complaint: requests without a real description of the works.
    description: text('description', 5000, 20),
    projectStage: choice('projectStage', projectStages),
    answerKind: choice('answerKind', answerKinds).default('ecrite'),
    // RGPD: the applicant agrees that the UDAP processes the request.
    consent: z.literal(true, {
      error: `${label('consent')} : cochez la case pour accepter le traitement de votre demande.`,
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Champ inconnu : ${issue.keys.join(', ')}.`
        : 'Le contenu envoyé doit être un objet JSON.',
  },
)

/** 04 72 00 00 00, 0472000000 or +33 4 72 00 00 00 → +33472000000; other numbers unchanged. */
export function frenchPhoneToE164(phone: string): string {
  const digits = phone.replace(/[ .-]/g, '')
  const national = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(digits)?.[1]
  return national ? `+33${national}` : phone
}

export type ConsultationInput = z.input<typeof consultationSchema>
export type Consultation = z.output<typeof consultationSchema>

export type { FieldError } from './api/problem.ts'

export type ValidationResult =
  | { success: true; data: Consultation }
  | { success: false; errors: FieldError[] }

/** Validates a request with French messages naming each field (one message per field). */
export function validateConsultation(input: unknown): ValidationResult {
  const result = consultationSchema.safeParse(input)
  if (result.success) return { success: true, data: result.data }
  const errors = new Map<string, string>()
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (!errors.has(field)) errors.set(field, issue.message)
  }
  return { success: false, errors: [...errors].map(([field, message]) => ({ field, message })) }
}
