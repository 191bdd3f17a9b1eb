import { type AgentInbox, agentInboxSchema, type InboxQuery } from '../../domain/api/agent-inbox.ts'
import { type AgentRequest, agentRequestSchema } from '../../domain/api/agent-request.ts'
import { type AgentSession, agentSessionSchema } from '../../domain/api/agent-session.ts'
import { type AgentTeam, agentTeamAnswer } from '../../domain/api/agent-team.ts'
import {
  type AgentTemplates,
  agentTemplatesAnswer,
  type RedirectTargets,
  redirectTargetsAnswer,
} from '../../domain/api/agent-templates.ts'
import { type AgentUdap, agentUdapAnswer } from '../../domain/api/agent-udap.ts'

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
  /** Moves the request to another UDAP's inbox; undefined: not the agent's request. */
  redirect(reference: string, udap: string, motivation: string): Promise<Redirected | undefined>
  redirectTargets(): Promise<RedirectTargets>
  /** The responsable's screens: the database refuses anyone else (403). */
  team(): Promise<AgentTeam>
  checkInvitation(invitation: Invitation): Promise<void>
  addInvited(userId: string, invitation: Invitation): Promise<AgentTeam>
  updateMember(
    userId: string,
    changes: { role?: string | undefined; active?: boolean | undefined },
  ): Promise<AgentTeam | undefined>
  udap(): Promise<AgentUdap | undefined>
  updateUdapContact(contact: UdapContactInput): Promise<AgentUdap | undefined>
  templates(): Promise<AgentTemplates>
  saveTemplate(id: string | null, title: string, body: string): Promise<AgentTemplates | undefined>
  deleteTemplate(id: string): Promise<AgentTemplates | undefined>
}

export interface Invitation {
  email: string
  display_name: string
  role: 'agent' | 'responsable'
}

export interface UdapContactInput {
  email: string
  phone: string
  address: string
  opening: string
}

export interface Redirected {
  reference: string
  udap_code: string
  udap_name: string
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
    async redirect(reference, udap, motivation) {
      return ((await call('agent_redirect_consultation', {
        reference,
        target_udap: udap,
        motivation,
      })) ?? undefined) as Redirected | undefined
    },
    async redirectTargets() {
      return redirectTargetsAnswer.parse(await call('agent_redirect_targets', {}))
    },
    async team() {
      return agentTeamAnswer.parse(await call('agent_team', {}))
    },
    async checkInvitation(invitation) {
      await call('agent_check_invitation', { ...invitation })
    },
    async addInvited(userId, invitation) {
      return agentTeamAnswer.parse(
        await call('agent_add_invited', { user_id: userId, ...invitation }),
      )
    },
    async updateMember(userId, changes) {
      const row = await call('agent_update_member', { member: userId, changes })
      return row ? agentTeamAnswer.parse(row) : undefined
    },
    async udap() {
      const row = await call('agent_udap', {})
      return row ? agentUdapAnswer.parse(row) : undefined
    },
    async updateUdapContact(contact) {
      const row = await call('agent_update_udap_contact', { contact })
      return row ? agentUdapAnswer.parse(row) : undefined
    },
    async templates() {
      return agentTemplatesAnswer.parse(await call('agent_templates', {}))
    },
    async saveTemplate(id, title, body) {
      const row = await call('agent_save_template', { id, title, body })
      return row ? agentTemplatesAnswer.parse(row) : undefined
    },
    async deleteTemplate(id) {
      const row = await call('agent_delete_template', { id })
      return row ? agentTemplatesAnswer.parse(row) : undefined
    },
  }
}
