// <agent-templates>: the UDAP's reply templates — the responsable creates, edits and deletes
// them (the database refuses anyone else); agents choose them when answering a request.
import { type AgentTemplates, agentTemplatesAnswer } from '../../domain/api/agent-templates.ts'
import { defineEnhancer, Enhancer } from '../component.ts'
import { agentCall, element, fieldMessage } from './agent-api.ts'

type Template = AgentTemplates[number]

class AgentTemplatesElement extends Enhancer {
  #status: HTMLElement | undefined
  #list: HTMLElement | undefined

  protected enhance(): void {
    this.#status = this.required('[data-status]')
    this.#list = this.required('[data-list]')
    const form = this.required<HTMLFormElement>('form[data-new]')
    // The list first: a template added meanwhile is not overwritten by an older list.
    const loaded = agentCall(agentTemplatesAnswer, '/api/agent/modeles').then((answer) => {
      if (!answer.ok) return this.#say(answer.problem.error)
      this.#render(answer.value)
      this.#say(
        answer.value.length
          ? `${answer.value.length} modèle${answer.value.length > 1 ? 's' : ''}.`
          : 'Aucun modèle pour l’instant.',
      )
    })
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      await loaded
      if (await this.#save(form, null, 'title', 'body')) {
        form.reset()
        this.#say('Modèle ajouté.')
      }
    })
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = text
  }

  #render(templates: AgentTemplates): void {
    this.#list?.replaceChildren(...templates.map((template) => this.#item(template)))
  }

  #item(template: Template): HTMLElement {
    const prefix = `modele-${template.id}`
    const section = element('section', undefined, 'fr-mb-4w')
    const heading = element('h2', template.title, 'fr-h4')
    heading.id = `${prefix}-titre`
    section.setAttribute('aria-labelledby', heading.id)
    const form = element('form')
    form.noValidate = true
    form.append(
      field(`${prefix}-title`, 'Titre', template.title, false),
      field(`${prefix}-body`, 'Texte du modèle', template.body, true),
    )
    const save = element('button', 'Enregistrer', 'fr-btn fr-btn--sm')
    save.type = 'submit'
    save.append(element('span', ` le modèle « ${template.title} »`, 'fr-sr-only'))
    const remove = element('button', 'Supprimer', 'fr-btn fr-btn--sm fr-btn--tertiary')
    remove.type = 'button'
    remove.append(element('span', ` le modèle « ${template.title} »`, 'fr-sr-only'))
    const buttons = element('ul', undefined, 'fr-btns-group fr-btns-group--inline-sm')
    for (const button of [save, remove]) {
      const item = element('li')
      item.append(button)
      buttons.append(item)
    }
    form.append(buttons)
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      if (await this.#save(form, template.id, `${prefix}-title`, `${prefix}-body`))
        this.#say(`Modèle « ${template.title} » enregistré.`)
    })
    remove.addEventListener('click', async () => {
      const answer = await agentCall(
        agentTemplatesAnswer,
        `/api/agent/modeles?id=${encodeURIComponent(template.id)}`,
        {
          method: 'DELETE',
        },
      )
      if (!answer.ok) return this.#say(answer.problem.error)
      this.#render(answer.value)
      this.#say(`Modèle « ${template.title} » supprimé.`)
      this.querySelector<HTMLElement>('#title')?.focus()
    })
    section.append(heading, form)
    return section
  }

  async #save(
    form: HTMLFormElement,
    id: string | null,
    titleId: string,
    bodyId: string,
  ): Promise<boolean> {
    const title = form.querySelector<HTMLInputElement>(`#${CSS.escape(titleId)}`)
    const body = form.querySelector<HTMLTextAreaElement>(`#${CSS.escape(bodyId)}`)
    const messages = (fieldId: string) =>
      form.querySelector<HTMLElement>(`#${CSS.escape(fieldId)}-messages`)
    fieldMessage(title, messages(titleId))
    fieldMessage(body, messages(bodyId))
    const answer = await agentCall(agentTemplatesAnswer, '/api/agent/modeles', {
      method: 'POST',
      body: { id, title: title?.value ?? '', body: body?.value ?? '' },
    })
    if (!answer.ok) {
      const errors = answer.problem.errors ?? []
      for (const error of errors) {
        const target = error.field === 'body' ? body : title
        fieldMessage(target, messages(error.field === 'body' ? bodyId : titleId), error.message)
      }
      this.#say(answer.problem.error)
      ;(errors[0]?.field === 'body' ? body : title)?.focus()
      return false
    }
    this.#render(answer.value)
    return true
  }
}

/** A DSFR input group (the markup of TextField.astro), its error message tied to the field. */
function field(id: string, label: string, value: string, multiline: boolean): HTMLElement {
  const group = element('div', undefined, 'fr-input-group')
  const labelElement = element('label', label, 'fr-label')
  labelElement.htmlFor = id
  const input = multiline
    ? element('textarea', undefined, 'fr-input')
    : element('input', undefined, 'fr-input')
  input.id = id
  input.value = value
  input.required = true
  if (input instanceof HTMLTextAreaElement) input.rows = 6
  input.setAttribute('aria-describedby', `${id}-messages`)
  const messages = element('div', undefined, 'fr-messages-group')
  messages.id = `${id}-messages`
  messages.setAttribute('aria-live', 'polite')
  group.append(labelElement, input, messages)
  return group
}

defineEnhancer('agent-templates', AgentTemplatesElement)
