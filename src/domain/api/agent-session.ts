import * as z from 'zod/mini'

/** GET /api/agent/session: the signed-in agent. */
export const agentSessionSchema = z.object({
  user_id: z.uuid(),
  display_name: z.string(),
  role: z.enum(['agent', 'responsable']),
  udap_code: z.string(),
  udap_name: z.string(),
  previous_visit_at: z.nullable(z.string()),
})
export type AgentSession = z.infer<typeof agentSessionSchema>

/** POST /api/agent/session with an email: the code is on its way. */
export const agentCodeSentSchema = z.object({ sent: z.literal(true), message: z.string() })
export type AgentCodeSent = z.infer<typeof agentCodeSentSchema>
