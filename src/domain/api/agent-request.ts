import * as z from 'zod/mini'
import { keysOf, protectionKinds } from '../taxonomy.ts'
import { prioritySchema } from './agent-inbox.ts'

const eventSchema = z.object({
  id: z.number(),
  kind: z.string(),
  from_status: z.nullable(z.string()),
  to_status: z.nullable(z.string()),
  motivation: z.nullable(z.string()),
  details: z.record(z.string(), z.unknown()),
  visible_to_applicant: z.boolean(),
  actor_id: z.nullable(z.string()),
  actor_name: z.nullable(z.string()),
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
    first_name: z.nullable(z.string()),
    last_name: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    address: z.nullable(z.string()),
    postcode: z.string(),
    commune: z.string(),
    insee_code: z.nullable(z.string()),
    cadastral_reference: z.nullable(z.string()),
    declared_protection: z.string(),
    works_types: z.array(z.string()),
    description: z.nullable(z.string()),
    project_stage: z.string(),
    answer_kind: z.string(),
    source: z.string(),
    confirmed_protections: z.array(z.string()),
    labels: z.array(z.string()),
    priority: prioritySchema,
    assignee: z.nullable(z.string()),
    answer_text: z.nullable(z.string()),
    answered_at: z.nullable(z.string()),
    internal_note: z.nullable(z.string()),
    created_at: z.string(),
    closed_at: z.nullable(z.string()),
    purged_at: z.nullable(z.string()),
  }),
  assignee_name: z.nullable(z.string()),
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
    .check(
      z.trim(),
      z.minLength(1, `${field} : ce champ est obligatoire.`),
      z.maxLength(max, `${field} : ${max} caractères au plus.`),
    )

/** POST /api/agent/demandes/{reference}: one action, with its reason when it needs one. */
export const agentActionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('take') }),
    z.object({ action: z.literal('assign'), assignee: z.uuid('Choisissez un agent.') }),
    z.object({ action: z.literal('priority'), priority: prioritySchema }),
    z.object({
      action: z.literal('labels'),
      labels: z.array(text('Étiquette', 40)).check(z.maxLength(20, 'Vingt étiquettes au plus.')),
    }),
    z.object({
      action: z.literal('protections'),
      protections: z.array(z.enum(keysOf(protectionKinds), 'Protection inconnue.')),
    }),
    z.object({ action: z.literal('note'), note: z.string().check(z.maxLength(20_000)) }),
    z.object({ action: z.literal('complement'), motivation: text('Message au demandeur', 2000) }),
    z.object({ action: z.literal('answer'), answer: text('Réponse', 20_000) }),
    z.object({ action: z.literal('close'), motivation: text('Motif', 2000) }),
    z.object({
      action: z.literal('redirect'),
      udap: z
        .string('UDAP destinataire : choisissez une UDAP.')
        .check(z.regex(/^(\d{2}|2[AB]|97\d)$/, 'UDAP destinataire : choisissez une UDAP.')),
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
  errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
})
