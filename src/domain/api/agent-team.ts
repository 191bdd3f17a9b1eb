import * as z from 'zod/mini'

export const agentRoles = { agent: 'Agent', responsable: 'Responsable' } as const

/** One agent of the UDAP, as the responsable sees them. */
export const teamMemberSchema = z.object({
  user_id: z.string(),
  display_name: z.string(),
  email: z.nullable(z.string()),
  role: z.enum(['agent', 'responsable']),
  active: z.boolean(),
  invited_at: z.nullable(z.string()),
  last_visit_at: z.nullable(z.string()),
  is_me: z.boolean(),
})
export type TeamMember = z.infer<typeof teamMemberSchema>

/** GET, POST and PATCH /api/agent/equipe: the UDAP's agents (responsable only). */
export const agentTeamAnswer = z.array(teamMemberSchema)
export type AgentTeam = z.infer<typeof agentTeamAnswer>
