import type { AgentAction } from '../../domain/api/agent-request.ts'

/**
 * An action as the columns it changes. The database checks everything (row-level security,
 * column grants, the status trigger and its messages); this only names the changes.
 */
export function changesFor(
  action: Exclude<AgentAction, { action: 'redirect' }>,
  agentId: string,
  currentStatus: string,
): Record<string, unknown> {
  switch (action.action) {
    case 'take':
      return { assignee: agentId, ...(currentStatus === 'nouvelle' ? { status: 'en_cours' } : {}) }
    case 'assign':
      return { assignee: action.assignee }
    case 'priority':
      return { priority: action.priority }
    case 'labels':
      return { labels: [...new Set(action.labels)] }
    case 'protections':
      return { confirmed_protections: [...new Set(action.protections)] }
    case 'note':
      return { internal_note: action.note.trim() === '' ? null : action.note }
    case 'complement':
      return { status: 'complement_demande', motivation: action.motivation }
    case 'answer':
      return { status: 'repondue', answer_text: action.answer }
    case 'close':
      return { status: 'classee_sans_suite', motivation: action.motivation }
  }
}

/** The field each action's form shows its error next to. */
export function fieldOf(action: AgentAction): string {
  switch (action.action) {
    case 'answer':
      return 'answer'
    case 'complement':
    case 'close':
    case 'redirect':
      return 'motivation'
    default:
      return action.action
  }
}
