import { z } from 'zod'
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
  tab: z.enum(keysOf(inboxTabs), 'Onglet inconnu.').default('a_traiter'),
  page: z.coerce.number('Numéro de page invalide.').int().min(1).max(10_000).default(1),
  status: statusSchema.optional(),
  mine: z
    .enum(['1', 'true'])
    .transform(() => true)
    .optional(),
  commune: z.string().trim().min(1).max(150).optional(),
  works_type: z.enum(keysOf(worksTypes), 'Type de travaux inconnu.').optional(),
  protection: z.enum(keysOf(protectionKinds), 'Protection inconnue.').optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  search: z.string().trim().min(1).max(100).optional(),
})
export type InboxQuery = z.infer<typeof inboxQuerySchema>

export const inboxRowSchema = z.object({
  reference: z.string(),
  status: statusSchema,
  priority: prioritySchema,
  created_at: z.string(),
  commune: z.string(),
  applicant: z.string().nullable(),
  works_types: z.array(z.string()),
  declared_protection: z.string(),
  confirmed_protections: z.array(z.string()),
  labels: z.array(z.string()),
  assignee_name: z.string().nullable(),
  assigned_to_me: z.boolean().nullable(),
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
  previous_visit_at: z.string().nullable(),
  rows: z.array(inboxRowSchema),
})
export type AgentInbox = z.infer<typeof agentInboxSchema>
export type InboxRow = z.infer<typeof inboxRowSchema>
