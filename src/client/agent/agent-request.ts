// <agent-request>: one request (every field, documents, timeline) and the agent's actions. Each
// action is sent as is; the database accepts or refuses it, and its message shows next to it.
import { priorityLabels } from '../../domain/api/agent-inbox.ts'
import {
  type AgentRequest,
  agentRequestSchema,
  type RequestEvent,
  redirectedSchema,
} from '../../domain/api/agent-request.ts'
import { redirectTargetsAnswer } from '../../domain/api/agent-templates.ts'
import { answerMail } from '../../domain/applicant-mails.ts'
import {
  answerKinds,
  applicantKinds,
  consultationStatuses,
  projectStages,
  protectionKinds,
  worksTypes,
} from '../../domain/taxonomy.ts'
import { agentCall, dateTime, element, fieldMessage, part } from './agent-api.ts'

const label = (list: Record<string, string>, key: string | null) => (key ? (list[key] ?? key) : '—')

const eventLabels: Record<string, string> = {
  creation: 'Demande reçue',
  changement_statut: 'Statut changé',
  assignation: 'Demande confiée',
  piece_ajoutee: 'Document ajouté',
  email_envoye: 'E-mail envoyé',
  email_echec: 'Échec d’envoi d’e-mail',
  purge: 'Données personnelles effacées',
  qualification: 'Qualification modifiée',
  complement_recu: 'Complément reçu du demandeur',
}

/**
 * The actions whose result reaches the applicant and cannot be taken back: each asks for a
 * confirmation first (RGAA 11.12), saying what will happen.
 */
const reachesApplicant: Record<string, { warning: string; confirm: string }> = {
  complement: {
    warning: 'Le demandeur recevra ce message par e-mail et sur sa page de suivi.',
    confirm: 'Confirmer la demande de complément',
  },
  answer: {
    warning:
      'Le demandeur recevra cette réponse par e-mail et sur sa page de suivi ; elle ne pourra plus être modifiée.',
    confirm: 'Confirmer l’envoi de la réponse',
  },
  close: {
    warning: 'La demande sera classée sans suite et le demandeur en sera informé.',
    confirm: 'Confirmer le classement',
  },
  redirect: {
    warning: 'La demande quittera votre UDAP pour celle choisie, et le demandeur en sera informé.',
    confirm: 'Confirmer la réorientation',
  },
}

class AgentRequestElement extends HTMLElement {
  #reference = new URLSearchParams(location.search).get('reference') ?? ''
  #view: AgentRequest | undefined

  async connectedCallback(): Promise<void> {
    const status = part<HTMLElement>(this, '[data-status]')
    const loaded = part<HTMLElement>(this, '[data-loaded]')
    if (!status || !loaded) return
    const answer = await agentCall(
      agentRequestSchema,
      `/api/agent/demandes/${encodeURIComponent(this.#reference)}`,
    )
    if (!answer.ok) {
      status.textContent = answer.problem.error
      return
    }
    status.textContent = ''
    status.hidden = true
    loaded.hidden = false
    for (const form of this.querySelectorAll<HTMLFormElement>('form[data-action]'))
      form.addEventListener('submit', (event) => {
        event.preventDefault()
        const irreversible = reachesApplicant[form.dataset.action ?? '']
        if (irreversible) this.#confirm(form, irreversible)
        else void this.#act(form)
      })
    this.#wireAnswer()
    this.#render(answer.value)
    void this.#redirectTargets()
  }

  async #redirectTargets(): Promise<void> {
    const select = this.querySelector<HTMLSelectElement>('#redirect-udap')
    const targets = await agentCall(redirectTargetsAnswer, '/api/agent/udaps')
    if (!select || !targets.ok) return
    const none = element('option', 'Choisir une UDAP')
    none.value = ''
    select.replaceChildren(
      none,
      ...targets.value.map((udap) => {
        const option = element('option', `${udap.name} (${udap.code})`)
        option.value = udap.code
        return option
      }),
    )
  }

  /** The request moves to another UDAP: it leaves this agent's inbox. */
  async #redirect(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form)
    const fields = {
      udap: this.querySelector<HTMLSelectElement>('#redirect-udap'),
      motivation: this.querySelector<HTMLTextAreaElement>('#redirect-motivation'),
    }
    const groups = {
      udap: this.querySelector<HTMLElement>('#redirect-udap-messages'),
      motivation: this.querySelector<HTMLElement>('#redirect-motivation-messages'),
    }
    fieldMessage(fields.udap, groups.udap)
    fieldMessage(fields.motivation, groups.motivation)
    const answer = await agentCall(
      redirectedSchema,
      `/api/agent/demandes/${encodeURIComponent(this.#reference)}`,
      {
        method: 'POST',
        body: {
          action: 'redirect',
          udap: String(data.get('udap') ?? ''),
          motivation: String(data.get('redirect-motivation') ?? ''),
        },
      },
    )
    if (!answer.ok) {
      const errors = answer.problem.errors?.length
        ? answer.problem.errors
        : [{ field: 'motivation', message: answer.problem.error }]
      for (const error of errors) {
        const key = error.field === 'udap' ? 'udap' : 'motivation'
        fieldMessage(fields[key], groups[key], error.message)
      }
      ;(errors[0]?.field === 'udap' ? fields.udap : fields.motivation)?.focus()
      return
    }
    const loaded = this.querySelector<HTMLElement>('[data-loaded]')
    const status = this.querySelector<HTMLElement>('[data-status]')
    if (loaded) loaded.hidden = true
    if (status) {
      status.hidden = false
      status.textContent = `La demande ${answer.value.reference} a été transmise à ${answer.value.udap_name}. Elle ne figure plus parmi les demandes de votre UDAP.`
      status.setAttribute('tabindex', '-1')
      status.focus()
    }
  }

  #render(view: AgentRequest): void {
    this.#view = view
    const c = view.consultation
    const reference = this.querySelector('[data-reference]')
    if (reference) reference.textContent = c.reference
    // Each request's tab says which one it is (RGAA 8.6).
    document.title = document.title.replace('une demande', `demande ${c.reference}`)
    const geoportail = `https://www.geoportail.gouv.fr/carte?c=&l0=ORTHOIMAGERY.ORTHOPHOTOS::GEOPORTAIL:OGC:WMTS(1)&permalink=yes&q=${encodeURIComponent([c.address, c.postcode, c.commune].filter(Boolean).join(' '))}`
    const fields: [string, string | Node][] = [
      ['Statut', label(consultationStatuses, c.status)],
      ['Priorité', priorityLabels[c.priority]],
      ['Chargé de la demande', view.assignee_name ?? 'Personne'],
      ['Étiquettes', c.labels.join(', ') || '—'],
      ['Reçue le', dateTime.format(new Date(c.created_at))],
      [
        'Demandeur',
        `${label(applicantKinds, c.applicant_kind)} : ${[c.first_name, c.last_name].filter(Boolean).join(' ') || '(effacé)'}`,
      ],
      ['E-mail', c.email ?? '—'],
      ['Téléphone', c.phone ?? '—'],
      ['Adresse', [c.address, `${c.postcode} ${c.commune}`].filter(Boolean).join(', ')],
      [
        'Voir sur le Géoportail',
        link(geoportail, 'Ouvrir l’adresse sur le Géoportail (nouvelle fenêtre)'),
      ],
      ['Code INSEE', c.insee_code ?? '—'],
      ['Référence cadastrale', c.cadastral_reference ?? '—'],
      ['Protection déclarée par le demandeur', label(protectionKinds, c.declared_protection)],
      [
        'Protections confirmées par l’UDAP',
        c.confirmed_protections.map((p) => label(protectionKinds, p)).join(', ') ||
          'Pas encore confirmées',
      ],
      ['Travaux', c.works_types.map((w) => label(worksTypes, w)).join(', ')],
      ['Avancement', label(projectStages, c.project_stage)],
      ['Réponse souhaitée', label(answerKinds, c.answer_kind)],
      ['Description', c.description ?? '(effacée)'],
      ['Envoyée depuis', c.source === 'site' ? 'Le site Dédale' : c.source],
      ['Réponse envoyée', c.answer_text ?? '—'],
    ]
    this.querySelector('[data-fields]')?.replaceChildren(
      ...fields.flatMap(([term, value]) => {
        const dd = element('dd', undefined, 'fr-mb-2w')
        dd.append(value)
        return [element('dt', term, 'fr-text--bold fr-mb-0'), dd]
      }),
    )
    const documents = view.attachments.map((file) => {
      const item = element('li', undefined, 'fr-mb-2w')
      const href = `/api/agent/documents/${file.id}`
      item.append(link(href, `${file.file_name} (${Math.ceil(file.size_bytes / 1024)} ko)`))
      const preview = documentPreview(href, file.file_name, file.mime_type)
      if (preview) item.append(preview)
      return item
    })
    this.querySelector('[data-documents]')?.replaceChildren(
      ...(documents.length ? documents : [element('li', 'Aucun document.')]),
    )
    this.querySelector('[data-timeline]')?.replaceChildren(...view.events.map(eventItem))

    this.#fill('priority', c.priority)
    this.#fill('labels', c.labels.join(', '))
    this.#fill('note', c.internal_note ?? '')
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="protections"]'))
      box.checked = c.confirmed_protections.includes(box.value)
    const assignee = this.querySelector<HTMLSelectElement>('#assignee')
    assignee?.replaceChildren(
      ...view.colleagues.map((colleague) => {
        const option = element('option', colleague.display_name)
        option.value = colleague.user_id
        option.selected = colleague.user_id === c.assignee
        return option
      }),
    )
    const templates = this.querySelector<HTMLSelectElement>('#template')
    if (templates) {
      const none = element(
        'option',
        view.templates.length ? 'Choisir un modèle' : 'Aucun modèle pour cette UDAP',
      )
      none.value = ''
      templates.replaceChildren(
        none,
        ...view.templates.map((template) => {
          const option = element('option', template.title)
          option.value = template.id
          return option
        }),
      )
    }
    this.#preview()
  }

  #fill(name: string, value: string): void {
    const field = this.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      `#${name}`,
    )
    if (field) field.value = value
  }

  /** Says what the action will do, and sends it only once the agent confirms. */
  #confirm(form: HTMLFormElement, { warning, confirm }: { warning: string; confirm: string }) {
    form.querySelector('[data-confirmation]')?.remove()
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    const box = element('div', undefined, 'fr-alert fr-alert--warning fr-alert--sm fr-mt-2w')
    box.dataset.confirmation = ''
    box.tabIndex = -1
    const yes = element('button', confirm, 'fr-btn')
    const edit = element('button', 'Modifier', 'fr-btn fr-btn--secondary')
    yes.type = 'button'
    edit.type = 'button'
    const buttons = element('ul', undefined, 'fr-btns-group fr-btns-group--inline-md fr-mt-1w')
    for (const button of [yes, edit]) {
      const item = element('li')
      item.append(button)
      buttons.append(item)
    }
    box.append(element('p', `${warning} Confirmez-vous ?`), buttons)
    yes.addEventListener('click', () => {
      box.remove()
      submit?.focus()
      void this.#act(form)
    })
    edit.addEventListener('click', () => {
      box.remove()
      // Back to the text the agent may want to change (the answer, not the template list).
      const text =
        form.querySelector<HTMLElement>('textarea') ??
        form.querySelector<HTMLElement>('select, input')
      text?.focus()
    })
    form.append(box)
    box.focus()
  }

  #wireAnswer(): void {
    const templates = this.querySelector<HTMLSelectElement>('#template')
    const answer = this.querySelector<HTMLTextAreaElement>('#answer')
    const messages = this.querySelector<HTMLElement>('#answer-messages')
    templates?.addEventListener('change', () => {
      const chosen = this.#view?.templates.find((template) => template.id === templates.value)
      if (!chosen || !answer) return
      // A template never replaces what the agent wrote (arrow keys on the list change it at each
      // step): only an empty answer, or one that is still a template's text.
      const untouched =
        answer.value.trim() === '' ||
        this.#view?.templates.some((template) => template.body === answer.value)
      if (untouched) answer.value = chosen.body
      messages?.replaceChildren(
        ...(untouched
          ? []
          : [
              element(
                'p',
                'Votre texte est gardé : effacez la réponse pour utiliser ce modèle.',
                'fr-message fr-message--info',
              ),
            ]),
      )
      this.#preview()
    })
    answer?.addEventListener('input', () => this.#preview())
  }

  /** Exactly the email the outbox will send. */
  #preview(): void {
    const preview = this.querySelector('[data-preview]')
    const answer = this.querySelector<HTMLTextAreaElement>('#answer')?.value.trim() ?? ''
    if (!preview || !this.#view) return
    const mail = answerMail(this.#view.consultation.reference, answer || '(votre réponse)')
    preview.textContent = `Objet : ${mail.subject}\n\n${mail.text}`
  }

  async #act(form: HTMLFormElement): Promise<void> {
    const action = form.dataset.action ?? ''
    if (action === 'redirect') return this.#redirect(form)
    const data = new FormData(form)
    const text = (name: string) => String(data.get(name) ?? '')
    const body: Record<string, unknown> = { action }
    if (action === 'assign') body.assignee = text('assignee')
    if (action === 'priority') body.priority = text('priority')
    if (action === 'labels')
      body.labels = text('labels')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean)
    if (action === 'protections') body.protections = data.getAll('protections').map(String)
    if (action === 'note') body.note = text('note')
    if (action === 'answer') body.answer = text('answer')
    if (action === 'complement' || action === 'close')
      body.motivation = text(`${action}-motivation`)
    const field = form.querySelector<HTMLElement>(
      'textarea, input:not([type="checkbox"]), select, fieldset',
    )
    const messages = form.querySelector<HTMLElement>('.fr-messages-group')
    fieldMessage(field, messages)
    const done = this.querySelector('[data-done]')
    if (done) done.textContent = ''
    const answer = await agentCall(
      agentRequestSchema,
      `/api/agent/demandes/${encodeURIComponent(this.#reference)}`,
      {
        method: 'POST',
        body,
      },
    )
    if (!answer.ok) {
      fieldMessage(field, messages, answer.problem.errors?.[0]?.message ?? answer.problem.error)
      return field?.focus()
    }
    form.reset()
    this.#render(answer.value)
    if (done) done.textContent = 'C’est enregistré.'
  }
}

/**
 * The inline preview of an image or a PDF: each load goes through /api/agent/documents/{id},
 * so the database allows it first and the link it leads to lives a minute. A PDF's frame is
 * made only when the agent opens its preview.
 */
function documentPreview(href: string, name: string, type: string): HTMLElement | undefined {
  if (type.startsWith('image/')) {
    const image = element('img', undefined, 'fr-responsive-img fr-mt-1w agent-preview')
    image.src = href
    image.alt = `Aperçu de ${name}`
    image.loading = 'lazy'
    return image
  }
  if (type !== 'application/pdf') return undefined
  const details = element('details', undefined, 'fr-mt-1w')
  details.append(element('summary', `Aperçu de ${name}`))
  details.addEventListener(
    'toggle',
    () => {
      const frame = element('iframe', undefined, 'agent-preview agent-preview--pdf')
      frame.src = href
      frame.title = `Aperçu de ${name}`
      details.append(frame)
    },
    { once: true },
  )
  return details
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', text, 'fr-link')
  anchor.href = href
  if (href.startsWith('https://')) {
    anchor.target = '_blank'
    anchor.rel = 'noopener'
  }
  return anchor
}

function eventItem(event: RequestEvent): HTMLLIElement {
  const item = element('li', undefined, 'fr-mb-1w')
  const who =
    event.actor_name ??
    (event.actor_role === 'service_role' || event.actor_role === 'anon'
      ? 'Le service'
      : event.actor_role)
  let what = eventLabels[event.kind] ?? event.kind
  if (event.to_status) what += ` : ${label(consultationStatuses, event.to_status)}`
  item.append(
    element('strong', what),
    ` — ${dateTime.format(new Date(event.created_at))}, par ${who}`,
  )
  const said =
    event.motivation ??
    (typeof event.details.message === 'string' ? event.details.message : undefined) ??
    (typeof event.details.file_name === 'string' ? event.details.file_name : undefined)
  if (said) item.append(element('p', said, 'fr-mb-0'))
  if (event.visible_to_applicant)
    item.append(element('span', ' (visible par le demandeur)', 'fr-text--sm'))
  return item
}

customElements.define('agent-request', AgentRequestElement)
