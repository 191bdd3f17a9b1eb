import { z } from 'zod'

// What the responsable's screens send, checked at the boundary: French messages naming the
// field. The database checks again (its constraints and functions are the authority).

const name = z
  .string('Nom : texte attendu.')
  .trim()
  .min(2, 'Nom : 2 caractères au moins.')
  .max(100, 'Nom : 100 caractères au plus.')
const role = z.enum(['agent', 'responsable'], 'Rôle : choisissez « agent » ou « responsable ».')

export const invitationSchema = z.object({
  display_name: name,
  email: z
    .email('Adresse e-mail : indiquez une adresse valide, par exemple prenom.nom@culture.gouv.fr.')
    .max(254, 'Adresse e-mail : 254 caractères au plus.')
    .transform((email) => email.toLowerCase()),
  role,
})

export const memberChangeSchema = z
  .object({
    user_id: z.uuid('Agent : identifiant invalide.'),
    role: role.optional(),
    active: z.boolean('État : vrai ou faux.').optional(),
  })
  .refine((change) => change.role !== undefined || change.active !== undefined, {
    message: 'Indiquez le rôle ou l’état à changer.',
    path: ['role'],
  })

const optionalText = (field: string, max: number, min = 1) =>
  z
    .string(`${field} : texte attendu.`)
    .trim()
    .max(max, `${field} : ${max} caractères au plus.`)
    .refine(
      (value) => value === '' || value.length >= min,
      `${field} : ${min} caractères au moins.`,
    )

export const udapContactSchema = z.object({
  address: optionalText('Adresse', 300, 5),
  phone: z
    .string('Téléphone : texte attendu.')
    .trim()
    .refine(
      (value) => value === '' || /^\+?[0-9 .-]{10,20}$/.test(value),
      'Téléphone : indiquez un numéro de 10 chiffres, par exemple 04 72 00 00 00.',
    ),
  email: z
    .string('Adresse e-mail : texte attendu.')
    .trim()
    .max(254, 'Adresse e-mail : 254 caractères au plus.')
    .refine(
      (value) => value === '' || z.email().safeParse(value).success,
      'Adresse e-mail : indiquez une adresse valide, par exemple udap.69@culture.gouv.fr.',
    ),
  opening: optionalText('Horaires d’ouverture', 1000, 3),
})

export const templateSchema = z.object({
  id: z.uuid('Modèle : identifiant invalide.').nullable().default(null),
  title: z
    .string('Titre : texte attendu.')
    .trim()
    .min(2, 'Titre : 2 caractères au moins.')
    .max(120, 'Titre : 120 caractères au plus.'),
  body: z
    .string('Texte du modèle : texte attendu.')
    .trim()
    .min(1, 'Texte du modèle : ce champ est obligatoire.')
    .max(20_000, 'Texte du modèle : 20 000 caractères au plus.'),
})
