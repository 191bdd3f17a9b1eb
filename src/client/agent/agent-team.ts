// <agent-team>: the responsable's team — the UDAP's agents with their role and state, the
// invitation form. Each change is sent as is; the database accepts or refuses it (only the
// responsable of this UDAP may), and its message shows next to what it concerns.
import {
  type AgentTeam,
  agentRoles,
  agentTeamAnswer,
  type TeamMember,
} from '../../domain/api/agent-team.ts'
import { defineEnhancer, Enhancer } from '../component.ts'
import { agentCall, dateTime, element, fieldMessage } from './agent-api.ts'

class AgentTeamElement extends Enhancer {
  protected enhance(): void {
    const status = this.required('[data-status]')
    const rows = this.required<HTMLTableSectionElement>('[data-rows]')
    const form = this.required<HTMLFormElement>('form[data-invite]')
    const render = (team: AgentTeam) =>
      rows.replaceChildren(...team.map((member) => this.#row(member, render, status)))
    // The team first: an invitation sent meanwhile is not overwritten by an older list.
    const loaded = agentCall(agentTeamAnswer, '/api/agent/equipe').then((answer) => {
      if (!answer.ok) {
        status.textContent = answer.problem.error
        return
      }
      status.textContent = `${answer.value.length} agent${answer.value.length > 1 ? 's' : ''} dans l’UDAP.`
      render(answer.value)
    })
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      await loaded
      const data = new FormData(form)
      const fields = ['display_name', 'email', 'role']
      for (const name of fields)
        fieldMessage(form.querySelector(`#${name}`), form.querySelector(`#${name}-messages`))
      status.textContent = ''
      const answer = await agentCall(agentTeamAnswer, '/api/agent/equipe', {
        method: 'POST',
        body: Object.fromEntries(fields.map((name) => [name, String(data.get(name) ?? '')])),
      })
      if (!answer.ok) {
        const errors = answer.problem.errors ?? []
        for (const error of errors)
          fieldMessage(
            form.querySelector(`#${CSS.escape(error.field)}`),
            form.querySelector(`#${CSS.escape(error.field)}-messages`),
            error.message,
          )
        const first =
          errors[0] && form.querySelector<HTMLElement>(`#${CSS.escape(errors[0].field)}`)
        if (first) return first.focus()
        status.textContent = answer.problem.error
        return
      }
      status.textContent = `Invitation envoyée à ${String(data.get('email'))}.`
      form.reset()
      render(answer.value)
    })
  }

  #row(
    member: TeamMember,
    render: (team: AgentTeam) => void,
    status: HTMLElement,
  ): HTMLTableRowElement {
    const row = element('tr')
    const cell = (text: string) => element('td', text)
    const actions = element('td')
    if (member.is_me) actions.append('Vous')
    else {
      const change = async (body: { role?: string; active?: boolean }, done: string) => {
        const answer = await agentCall(agentTeamAnswer, '/api/agent/equipe', {
          method: 'PATCH',
          body: { user_id: member.user_id, ...body },
        })
        if (!answer.ok) {
          status.textContent = answer.problem.errors?.[0]?.message ?? answer.problem.error
          return
        }
        render(answer.value)
        status.textContent = done
        this.querySelector<HTMLElement>(`[data-member="${member.user_id}"]`)?.focus()
      }
      const roleButton = this.#button(
        member.role === 'agent' ? 'Nommer responsable' : 'Repasser agent',
        member.display_name,
      )
      roleButton.dataset.member = member.user_id
      roleButton.addEventListener('click', () => {
        const role = member.role === 'agent' ? 'responsable' : 'agent'
        void change(
          { role },
          `${member.display_name} est maintenant ${agentRoles[role].toLowerCase()}.`,
        )
      })
      const activeButton = this.#button(
        member.active ? 'Désactiver' : 'Réactiver',
        member.display_name,
      )
      activeButton.addEventListener('click', () => {
        void change(
          { active: !member.active },
          member.active
            ? `${member.display_name} est désactivé : il n’a plus accès à l’espace agent.`
            : `${member.display_name} est réactivé.`,
        )
      })
      const group = element(
        'ul',
        undefined,
        'fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm',
      )
      for (const button of [roleButton, activeButton]) {
        const item = element('li')
        item.append(button)
        group.append(item)
      }
      actions.append(group)
    }
    const state = element(
      'span',
      member.active
        ? member.last_visit_at || !member.invited_at
          ? 'Actif'
          : 'Invité'
        : 'Désactivé',
      `fr-badge fr-badge--sm ${member.active ? 'fr-badge--success' : ''}`,
    )
    const stateCell = element('td')
    stateCell.append(state)
    row.append(
      element('th', member.display_name),
      cell(member.email ?? '—'),
      cell(agentRoles[member.role]),
      stateCell,
      cell(member.last_visit_at ? dateTime.format(new Date(member.last_visit_at)) : 'Jamais'),
      actions,
    )
    row.firstElementChild?.setAttribute('scope', 'row')
    return row
  }

  #button(text: string, who: string): HTMLButtonElement {
    const button = element('button', text, 'fr-btn fr-btn--secondary fr-btn--sm')
    button.type = 'button'
    button.append(element('span', ` (${who})`, 'fr-sr-only'))
    return button
  }
}

defineEnhancer('agent-team', AgentTeamElement)
