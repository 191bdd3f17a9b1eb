import { type AgentInbox, agentInboxSchema, type InboxQuery } from '../../domain/api/agent-inbox.ts'
import { type AgentRequest, agentRequestSchema } from '../../domain/api/agent-request.ts'
import { type AgentSession, agentSessionSchema } from '../../domain/api/agent-session.ts'

/** Calls one SQL function as the signed-in agent and answers its single value. */
export type AgentCall = (name: string, args: Record<string, unknown>) => Promise<unknown>

/** What the database answers when it refuses an agent's action: its message, for the agent. */
export class AgentRefusal extends Error {
  override name = 'AgentRefusal'
  readonly status: 400 | 403 | 409
  readonly hint: string | undefined
  constructor(status: 400 | 403 | 409, message: string, hint?: string) {
    super(message)
    this.status = status
    this.hint = hint
  }
}

export class AgentStoreUnavailable extends Error {
  override name = 'AgentStoreUnavailable'
}

/** A database error as the agent path reports it (same for both adapters). */
export function agentError(code: string | undefined, message: string, hint?: string): Error {
  if (code === '42501') return new AgentRefusal(403, message, hint)
  if (code?.startsWith('23')) return new AgentRefusal(409, message, hint)
  if (code?.startsWith('22')) return new AgentRefusal(400, message, hint)
  return new AgentStoreUnavailable(message)
}

export interface AttachmentLocation {
  storage_path: string
  file_name: string
  mime_type: string
}

/** The agent's port: every call runs as the agent; row-level security decides what exists. */
export interface AgentStore {
  me(): Promise<AgentSession | undefined>
  beginVisit(): Promise<void>
  inbox(query: InboxQuery): Promise<AgentInbox | undefined>
  request(reference: string): Promise<AgentRequest | undefined>
  update(reference: string, changes: Record<string, unknown>): Promise<AgentRequest | undefined>
  attachment(id: string): Promise<AttachmentLocation | undefined>
  /** The responsable's export: the database refuses anyone else. */
  exportRows(from: string, to: string): Promise<Record<string, unknown>[]>
}

export function agentStoreOver(call: AgentCall): AgentStore {
  return {
    async me() {
      const row = await call('agent_me', {})
      return row ? agentSessionSchema.parse(row) : undefined
    },
    async beginVisit() {
      await call('agent_begin_visit', {})
    },
    async inbox({ tab, page, ...filters }) {
      const row = await call('agent_inbox', { tab, filters, page })
      return row ? agentInboxSchema.parse(row) : undefined
    },
    async request(reference) {
      const row = await call('agent_consultation', { reference })
      return row ? agentRequestSchema.parse(row) : undefined
    },
    async update(reference, changes) {
      const row = await call('agent_update_consultation', { reference, changes })
      return row ? agentRequestSchema.parse(row) : undefined
    },
    async attachment(id) {
      return ((await call('agent_attachment', { attachment_id: id })) ?? undefined) as
        | AttachmentLocation
        | undefined
    },
    async exportRows(from, to) {
      return ((await call('agent_export', { from_date: from, to_date: to })) ?? []) as Record<
        string,
        unknown
      >[]
    },
  }
}
