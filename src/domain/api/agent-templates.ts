import * as z from 'zod/mini'

/** GET, POST, PUT and DELETE /api/agent/modeles: the UDAP's reply templates. */
export const agentTemplatesAnswer = z.array(
  z.object({ id: z.string(), title: z.string(), body: z.string(), updated_at: z.string() }),
)
export type AgentTemplates = z.infer<typeof agentTemplatesAnswer>

/** GET /api/agent/udaps: the UDAPs a request can be redirected to. */
export const redirectTargetsAnswer = z.array(z.object({ code: z.string(), name: z.string() }))
export type RedirectTargets = z.infer<typeof redirectTargetsAnswer>
