import { z } from 'zod'
import { postcodePattern } from './departement.ts'

/** Who is asking: the applicant's kind, as the UDAP sorts its requests. */
export const applicantKinds = ['particulier', 'professionnel', 'collectivite'] as const

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
  description: 'Description du projet',
  consent: 'Consentement',
} as const

export type ConsultationField = keyof typeof consultationFieldLabels

const text = (field: ConsultationField, max: number) =>
  z
    .string({ error: `${consultationFieldLabels[field]} : ce champ est obligatoire.` })
    .trim()
    .min(1, `${consultationFieldLabels[field]} : ce champ est obligatoire.`)
    .max(max, `${consultationFieldLabels[field]} : ${max} caractères au maximum.`)

/** A request for advice sent to the UDAP: the minimal fields an agent needs to answer. */
export const consultationSchema = z.strictObject(
  {
    // Kind of applicant; drives later questions and the agents' sorting.
    applicantKind: z.enum(applicantKinds, {
      error: `${consultationFieldLabels.applicantKind} : choisissez particulier, professionnel ou collectivité.`,
    }),
    firstName: text('firstName', 100),
    lastName: text('lastName', 100),
    email: z
      .email({
        error: `${consultationFieldLabels.email} : saisissez une adresse valide, par exemple nom@exemple.fr.`,
      })
      .max(254, `${consultationFieldLabels.email} : 254 caractères au maximum.`),
    // Optional; French or international format.
    phone: z
      .string({ error: `${consultationFieldLabels.phone} : saisissez un numéro valide.` })
      .trim()
      .regex(
        /^\+?[0-9 .-]{6,20}$/,
        `${consultationFieldLabels.phone} : saisissez un numéro valide, par exemple 04 72 00 00 00.`,
      )
      .optional(),
    address: text('address', 300),
    // Five digits; the first ones give the département, hence the UDAP.
    postcode: z
      .string({ error: `${consultationFieldLabels.postcode} : ce champ est obligatoire.` })
      .trim()
      .regex(
        postcodePattern,
        `${consultationFieldLabels.postcode} : saisissez les 5 chiffres d’un code postal français, par exemple 69001.`,
      ),
    commune: text('commune', 150),
    // What the agents missed most in the previous service: a real description of the works.
    description: z
      .string({ error: `${consultationFieldLabels.description} : ce champ est obligatoire.` })
      .trim()
      .min(
        20,
        `${consultationFieldLabels.description} : décrivez votre projet en quelques phrases (20 caractères au moins).`,
      )
      .max(5000, `${consultationFieldLabels.description} : 5000 caractères au maximum.`),
    // RGPD: the applicant agrees that the UDAP processes the request.
    consent: z.literal(true, {
      error: `${consultationFieldLabels.consent} : cochez la case pour accepter le traitement de votre demande.`,
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Champ inconnu : ${issue.keys.join(', ')}.`
        : 'Le contenu envoyé doit être un objet JSON.',
  },
)

export type ConsultationInput = z.input<typeof consultationSchema>
export type Consultation = z.output<typeof consultationSchema>

export interface FieldError {
  /** Name of the field, as sent; empty for an error on the whole request. */
  field: string
  message: string
}

export type ValidationResult =
  | { success: true; data: Consultation }
  | { success: false; errors: FieldError[] }

/** Validates a request with French messages naming each field. */
export function validateConsultation(input: unknown): ValidationResult {
  const result = consultationSchema.safeParse(input)
  if (result.success) return { success: true, data: result.data }
  return {
    success: false,
    errors: result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  }
}
