// <agent-udap-contact>: the UDAP's public contact details, published by its responsable (the
// database refuses anyone else) and dated on /contacter-votre-udap/.
import { type AgentUdap, agentUdapAnswer } from '../../domain/api/agent-udap.ts'
import { defineEnhancer, Enhancer } from '../component.ts'
import { agentCall, dateTime, fieldMessage } from './agent-api.ts'

const fields = ['address', 'phone', 'email', 'opening'] as const

class AgentUdapContact extends Enhancer {
  protected enhance(): void {
    const status = this.required('[data-status]')
    const form = this.required<HTMLFormElement>('form[data-contact]')
    const input = (name: string) =>
      form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}`)
    const show = (udap: AgentUdap, done = '') => {
      for (const name of fields) {
        const field = input(name)
        if (field) field.value = udap[name] ?? ''
      }
      const when = udap.contact_published_at
        ? `publiées par l’UDAP le ${dateTime.format(new Date(udap.contact_published_at))}`
        : 'pas encore publiées par l’UDAP'
      status.textContent = `${done}${udap.name} : coordonnées ${when}.`
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      for (const name of fields) fieldMessage(input(name), this.querySelector(`#${name}-messages`))
      const answer = await agentCall(agentUdapAnswer, '/api/agent/udap', {
        method: 'PUT',
        body: Object.fromEntries(fields.map((name) => [name, input(name)?.value ?? ''])),
      })
      if (!answer.ok) {
        const errors = answer.problem.errors ?? []
        for (const error of errors)
          fieldMessage(
            input(error.field),
            this.querySelector(`#${CSS.escape(error.field)}-messages`),
            error.message,
          )
        status.textContent = answer.problem.error
        if (errors[0]) input(errors[0].field)?.focus()
        return
      }
      show(answer.value, 'C’est publié. ')
    })
    void agentCall(agentUdapAnswer, '/api/agent/udap').then((answer) => {
      if (!answer.ok) {
        status.textContent = answer.problem.error
        return
      }
      form.hidden = false
      show(answer.value)
    })
  }
}

defineEnhancer('agent-udap-contact', AgentUdapContact)
