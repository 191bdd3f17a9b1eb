import * as z from 'zod/mini'

/** GET and PUT /api/agent/udap: the agent's UDAP and its public contact details. */
export const agentUdapAnswer = z.object({
  code: z.string(),
  name: z.string(),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  address: z.nullable(z.string()),
  opening: z.nullable(z.string()),
  active: z.boolean(),
  contact_published_at: z.nullable(z.string()),
})
export type AgentUdap = z.infer<typeof agentUdapAnswer>

/** GET /api/udaps/coordonnees: the contact details each UDAP published itself, dated. */
export const publishedUdapContactsAnswer = z.array(
  z.object({
    code: z.string(),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    address: z.nullable(z.string()),
    opening: z.nullable(z.string()),
    published_at: z.string(),
  }),
)
export type PublishedUdapContacts = z.infer<typeof publishedUdapContactsAnswer>
