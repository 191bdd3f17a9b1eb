import { z } from 'zod'

/** A vote on a page's usefulness: no personal data, a short optional comment. */
export const feedbackSchema = z.strictObject(
  {
    // The page's path on this site, e.g. /demander-un-conseil/: segments of plain characters
    // only, never "//" (which a browser reads as another host: the redirect must stay here).
    page: z
      .string({ error: 'Page : ce champ est obligatoire.' })
      .regex(/^\/(?:[a-z0-9_-]+\/?)*$/, 'Page : chemin invalide.')
      .max(200, 'Page : chemin trop long.'),
    useful: z.boolean({ error: 'Utile : répondez oui ou non.' }),
    comment: z
      .string({ error: 'Commentaire : texte invalide.' })
      .trim()
      .normalize('NFC')
      .max(1000, 'Commentaire : 1000 caractères au maximum.')
      .optional()
      .transform((comment) => comment || undefined),
    // Sent with the comment typed after a vote: the token the vote answered, so that the comment
    // completes that vote instead of counting a second one.
    followUp: z
      .string({ error: 'Suite de l’avis : valeur invalide.' })
      .regex(/^\d{1,18}\.[A-Za-z0-9_-]{22}$/, 'Suite de l’avis : valeur invalide.')
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Champ inconnu : ${issue.keys.join(', ')}.`
        : 'Le contenu envoyé doit être un objet JSON.',
  },
)

export type Feedback = z.output<typeof feedbackSchema>

/** A plain form sends useful=oui|non. */
export function feedbackInputFromForm(
  entries: Iterable<[string, FormDataEntryValue]>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue
    input[name] =
      name === 'useful' ? (value === 'oui' ? true : value === 'non' ? false : value) : value
  }
  return input
}
