// <agent-inbox>: the tabs with their counts, one page of requests (priority, then age), the
// filters kept in the address so that a page can be bookmarked and reloaded.
import {
  agentInboxSchema,
  type InboxRow,
  inboxTabs,
  priorityLabels,
} from '../../domain/api/agent-inbox.ts'
import { consultationStatuses, worksTypes } from '../../domain/taxonomy.ts'
import { agentCall, dateOnly, element, fieldMessage, part } from './agent-api.ts'

const requestHref = (reference: string) =>
  `/espace-agent/demande/?reference=${encodeURIComponent(reference)}`

class AgentInbox extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const form = part<HTMLFormElement>(this, 'form[data-filters]')
    const tabs = part<HTMLUListElement>(this, '[data-tabs]')
    const summary = part<HTMLElement>(this, '[data-summary]')
    const rows = part<HTMLTableSectionElement>(this, '[data-rows]')
    const pagination = part<HTMLElement>(this, '[data-pagination]')
    if (!form || !tabs || !summary || !rows || !pagination) return
    const params = new URLSearchParams(location.search)
    const tab = (params.get('tab') ?? 'a_traiter') as keyof typeof inboxTabs
    for (const [name, value] of params) {
      const field = form.elements.namedItem(name)
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = true
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
        field.value = value
    }
    const answer = await agentCall(agentInboxSchema, `/api/agent/demandes?${params}`)
    if (!answer.ok) {
      summary.textContent = answer.problem.error
      for (const error of answer.problem.errors ?? []) {
        const field = this.querySelector<HTMLElement>(`#${CSS.escape(error.field)}`)
        fieldMessage(
          field,
          this.querySelector(`#${CSS.escape(error.field)}-messages`) ??
            this.querySelector('#filters-messages'),
          error.message,
        )
      }
      return
    }
    const inbox = answer.value
    tabs.replaceChildren(
      ...Object.entries(inboxTabs).map(([key, label]) => {
        const link = element(
          'a',
          `${label} (${inbox.counts[key as keyof typeof inboxTabs]})`,
          `fr-btn ${key === tab ? '' : 'fr-btn--secondary'}`,
        )
        const next = new URLSearchParams(params)
        next.set('tab', key)
        next.delete('page')
        link.href = `?${next}`
        if (key === tab) link.setAttribute('aria-current', 'page')
        const item = element('li')
        item.append(link)
        return item
      }),
    )
    const total = inbox.counts[tab] ?? 0
    const first = (inbox.page - 1) * inbox.page_size
    summary.textContent =
      total === 0
        ? `Aucune demande dans l’onglet « ${inboxTabs[tab] ?? tab} ».`
        : `${inboxTabs[tab] ?? tab} : demandes ${first + 1} à ${first + inbox.rows.length} sur ${total}.`
    rows.replaceChildren(...inbox.rows.map(row))
    const pages = Math.ceil(total / inbox.page_size)
    pagination.hidden = pages <= 1
    pagination.querySelector('ul')?.replaceChildren(
      ...Array.from({ length: pages }, (_, index) => {
        const link = element('a', String(index + 1), 'fr-pagination__link')
        const next = new URLSearchParams(params)
        next.set('page', String(index + 1))
        link.href = `?${next}`
        link.title = `Page ${index + 1}`
        if (index + 1 === inbox.page) link.setAttribute('aria-current', 'page')
        const item = element('li')
        item.append(link)
        return item
      }),
    )
  }
}

function row(request: InboxRow): HTMLTableRowElement {
  const line = element('tr')
  const reference = element('td')
  const link = element('a', request.reference, 'fr-link')
  link.href = requestHref(request.reference)
  reference.append(link)
  if (request.is_new)
    reference.append(
      ' ',
      element(
        'span',
        'Nouvelle depuis votre dernière visite',
        'fr-badge fr-badge--sm fr-badge--new',
      ),
    )
  line.append(
    reference,
    element('td', dateOnly.format(new Date(request.created_at))),
    element('td', request.commune),
    element('td', request.applicant ?? '(effacé)'),
    element(
      'td',
      request.works_types
        .map((type) => worksTypes[type as keyof typeof worksTypes] ?? type)
        .join(', '),
    ),
    element('td', consultationStatuses[request.status]),
    element('td', priorityLabels[request.priority]),
    element('td', request.assigned_to_me ? 'Moi' : (request.assignee_name ?? '—')),
  )
  return line
}

customElements.define('agent-inbox', AgentInbox)
