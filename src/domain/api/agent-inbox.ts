import * as z from 'zod/mini'
import { keysOf, protectionKinds, worksTypes } from '../taxonomy.ts'

export const inboxTabs = {
  a_traiter: 'À traiter',
  en_attente: 'En attente du demandeur',
  traitees: 'Traitées',
  toutes: 'Toutes',
} as const
export type InboxTab = keyof typeof inboxTabs

const statusSchema = z.enum([
  'nouvelle',
  'en_cours',
  'complement_demande',
  'repondue',
  'classee_sans_suite',
  'reorientee',
])
export const prioritySchema = z.enum(['basse', 'normale', 'haute'])
export const priorityLabels = { basse: 'Basse', normale: 'Normale', haute: 'Haute' } as const

const dateSchema = z.iso.date('Indiquez une date au format AAAA-MM-JJ.')

/** The inbox's query string, checked at the boundary (French messages name the field). */
export const inboxQuerySchema = z.object({
  tab: z._default(z.enum(keysOf(inboxTabs), 'Onglet inconnu.'), 'a_traiter'),
  page: z._default(
    z.pipe(
      z.coerce.number('Numéro de page invalide.'),
      z.int('Numéro de page invalide.').check(z.minimum(1), z.maximum(10_000)),
    ),
    1,
  ),
  status: z.optional(statusSchema),
  mine: z.optional(
    z.pipe(
      z.enum(['1', 'true']),
      z.transform(() => true),
    ),
  ),
  commune: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(150))),
  works_type: z.optional(z.enum(keysOf(worksTypes), 'Type de travaux inconnu.')),
  protection: z.optional(z.enum(keysOf(protectionKinds), 'Protection inconnue.')),
  from: z.optional(dateSchema),
  to: z.optional(dateSchema),
  search: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
})
export type InboxQuery = z.infer<typeof inboxQuerySchema>

export const inboxRowSchema = z.object({
  reference: z.string(),
  status: statusSchema,
  priority: prioritySchema,
  created_at: z.string(),
  commune: z.string(),
  applicant: z.nullable(z.string()),
  works_types: z.array(z.string()),
  declared_protection: z.string(),
  confirmed_protections: z.array(z.string()),
  labels: z.array(z.string()),
  assignee_name: z.nullable(z.string()),
  assigned_to_me: z.nullable(z.boolean()),
  is_new: z.boolean(),
})

/** GET /api/agent/demandes: one page of a tab and the count of every tab. */
export const agentInboxSchema = z.object({
  counts: z.object({
    a_traiter: z.number(),
    en_attente: z.number(),
    traitees: z.number(),
    toutes: z.number(),
  }),
  page: z.number(),
  page_size: z.number(),
  previous_visit_at: z.nullable(z.string()),
  rows: z.array(inboxRowSchema),
})
export type AgentInbox = z.infer<typeof agentInboxSchema>
export type InboxRow = z.infer<typeof inboxRowSchema>
