import { z } from 'zod'
import { keysOf, protectionKinds } from '../taxonomy.ts'
import { prioritySchema } from './agent-inbox.ts'

const eventSchema = z.object({
  id: z.number(),
  kind: z.string(),
  from_status: z.string().nullable(),
  to_status: z.string().nullable(),
  motivation: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  visible_to_applicant: z.boolean(),
  actor_id: z.string().nullable(),
  actor_name: z.string().nullable(),
  actor_role: z.string(),
  created_at: z.string(),
})
export type RequestEvent = z.infer<typeof eventSchema>

/** GET /api/agent/demandes/{reference}: every field, documents, journal, colleagues, templates. */
export const agentRequestSchema = z.object({
  consultation: z.object({
    id: z.uuid(),
    reference: z.string(),
    udap_code: z.string(),
    status: z.string(),
    applicant_kind: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string(),
    commune: z.string(),
    insee_code: z.string().nullable(),
    cadastral_reference: z.string().nullable(),
    declared_protection: z.string(),
    works_types: z.array(z.string()),
    description: z.string().nullable(),
    project_stage: z.string(),
    answer_kind: z.string(),
    source: z.string(),
    confirmed_protections: z.array(z.string()),
    labels: z.array(z.string()),
    priority: prioritySchema,
    assignee: z.string().nullable(),
    answer_text: z.string().nullable(),
    answered_at: z.string().nullable(),
    internal_note: z.string().nullable(),
    created_at: z.string(),
    closed_at: z.string().nullable(),
    purged_at: z.string().nullable(),
  }),
  assignee_name: z.string().nullable(),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      file_name: z.string(),
      size_bytes: z.number(),
      mime_type: z.string(),
      uploaded_at: z.string(),
    }),
  ),
  events: z.array(eventSchema),
  colleagues: z.array(z.object({ user_id: z.uuid(), display_name: z.string() })),
  templates: z.array(z.object({ id: z.uuid(), title: z.string(), body: z.string() })),
})
export type AgentRequest = z.infer<typeof agentRequestSchema>

const text = (field: string, max: number) =>
  z
    .string(`${field} : texte attendu.`)
    .trim()
    .min(1, `${field} : ce champ est obligatoire.`)
    .max(max, `${field} : ${max} caractères au plus.`)

/** POST /api/agent/demandes/{reference}: one action, with its reason when it needs one. */
export const agentActionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('take') }),
    z.object({ action: z.literal('assign'), assignee: z.uuid('Choisissez un agent.') }),
    z.object({ action: z.literal('priority'), priority: prioritySchema }),
    z.object({
      action: z.literal('labels'),
      labels: z.array(text('Étiquette', 40)).max(20, 'Vingt étiquettes au plus.'),
    }),
    z.object({
      action: z.literal('protections'),
      protections: z.array(z.enum(keysOf(protectionKinds), 'Protection inconnue.')),
    }),
    z.object({ action: z.literal('note'), note: z.string().max(20_000) }),
    z.object({ action: z.literal('complement'), motivation: text('Message au demandeur', 2000) }),
    z.object({ action: z.literal('answer'), answer: text('Réponse', 20_000) }),
    z.object({ action: z.literal('close'), motivation: text('Motif', 2000) }),
    z.object({
      action: z.literal('redirect'),
      udap: z
        .string('UDAP destinataire : choisissez une UDAP.')
        .regex(/^(\d{2}|2[AB]|97\d)$/, 'UDAP destinataire : choisissez une UDAP.'),
      motivation: text('Motif', 2000),
    }),
  ],
  'Action inconnue.',
)
export type AgentAction = z.infer<typeof agentActionSchema>

/** POST /api/agent/demandes/{reference} {action: 'redirect'}: the request has left the UDAP. */
export const redirectedSchema = z.object({
  reference: z.string(),
  udap_code: z.string(),
  udap_name: z.string(),
})

/** Answer of a refused action: the database's own message, and the field it concerns. */
export const agentProblemSchema = z.object({
  error: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})
