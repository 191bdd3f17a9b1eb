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

/**
 * GET /api/agent/session and a sign-in's answer: the agent, and when the session ends (the
 * access token's expiry), for the page's warning before it does (RGAA 13.1).
 */
export const agentSessionAnswer = z.extend(agentSessionSchema, { expiresAt: z.iso.datetime() })
export type AgentSessionAnswer = z.infer<typeof agentSessionAnswer>

/** POST /api/agent/session/prolonger: the session's new end. */
export const sessionExtendedAnswer = z.object({ expiresAt: z.iso.datetime() })
export type SessionExtendedAnswer = z.infer<typeof sessionExtendedAnswer>

/** POST /api/agent/session with an email: the code is on its way. */
export const agentCodeSentSchema = z.object({ sent: z.literal(true), message: z.string() })
export type AgentCodeSent = z.infer<typeof agentCodeSentSchema>
