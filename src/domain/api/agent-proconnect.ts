import * as z from 'zod/mini'

/** GET /api/agent/proconnect/etat: whether the sign-in page offers ProConnect. */
export const proConnectStatusAnswer = z.strictObject({ enabled: z.boolean() })
export type ProConnectStatusAnswer = z.infer<typeof proConnectStatusAnswer>

/**
 * DELETE /api/agent/session after a ProConnect sign-in: the session is closed here, and the
 * browser goes on to ProConnect's end_session address to close it there too.
 */
export const agentSignedOutAnswer = z.strictObject({ end_session_url: z.url() })
export type AgentSignedOutAnswer = z.infer<typeof agentSignedOutAnswer>
