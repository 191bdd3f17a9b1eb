// <procedure-questionnaire>, one question at a time: steps that do not apply are skipped, the heading
// of each new step takes the focus (its "Question n sur N" is read with it), and the answers go
// to the query string, so a result can be bookmarked, reloaded or sent to a builder.
import { answersFromQuery, hasResult } from '../domain/procedure-answers.ts'
import { track } from './analytics.ts'
import { defineEnhancer, Enhancer } from './component.ts'

// The rules and the result's rendering load on demand (first answer or a result URL): the
// questions alone stay within the page's 25 kB budget.
let resultModule: Promise<typeof import('./questionnaire-result.ts')> | undefined
const loadResult = () => {
  resultModule ??= import('./questionnaire-result.ts')
  return resultModule
}

export class ProcedureQuestionnaire extends Enhancer {
  protected enhance(): void {
    startQuestionnaire(this.required('form', HTMLFormElement), this.required('[data-result]'))
  }
}

function startQuestionnaire(form: HTMLFormElement, result: HTMLElement): void {
  const steps = [...form.querySelectorAll<HTMLElement>('[data-step]')]
  const nav = (name: string) => form.querySelector<HTMLElement>(`[data-nav="${name}"]`)
  let current = 0
  // Funnel measurement (a no-op without Matomo): the first answer starts the questionnaire.
  form.addEventListener('change', () => track('Questionnaire', 'Commencé'), { once: true })

  const chosen = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (input) => input.value,
    )
  /** data-when="field:a,b": shown when one of those values is chosen. */
  const applies = (element: HTMLElement) => {
    const [name, values] = (element.dataset.when ?? '').split(':')
    if (!name || !values) return true
    return values.split(',').some((value) => chosen(name).includes(value))
  }
  /** Questions that do not apply are hidden and disabled, so they stay out of the URL. */
  const refreshConditions = () => {
    for (const element of form.querySelectorAll<HTMLElement>('[data-when]')) {
      const shown = applies(element)
      element.classList.toggle('questionnaire-hidden', !shown)
      for (const input of element.querySelectorAll<HTMLInputElement>('input')) {
        input.disabled = !shown
      }
    }
  }
  const activeSteps = () => steps.filter(applies)

  const show = (index: number, focus: boolean) => {
    refreshConditions()
    const active = activeSteps()
    current = Math.max(0, Math.min(index, active.length - 1))
    for (const step of steps) step.hidden = step !== active[current]
    const step = active[current]
    const state = step?.querySelector<HTMLElement>('[data-step-state]')
    if (state) state.textContent = `Question ${current + 1} sur ${active.length}`
    const last = current === active.length - 1
    const previous = nav('previous')
    const next = nav('next')
    const submit = nav('submit')
    if (previous) previous.hidden = current === 0
    if (next) next.hidden = last
    if (submit) submit.hidden = !last
    if (focus) step?.querySelector<HTMLElement>('h2')?.focus()
  }

  /** The protection and the works must be answered; the rest may stay unknown. */
  const validate = (step: HTMLElement | undefined): boolean => {
    const question = step?.querySelector<HTMLFieldSetElement>('fieldset[data-question]')
    const name = question?.dataset.question
    if (!question || (step?.dataset.step !== 'protection' && step?.dataset.step !== 'travaux'))
      return true
    const messages = question.querySelector<HTMLElement>('.fr-messages-group')
    const missing = chosen(name ?? '').length === 0
    question.classList.toggle('fr-fieldset--error', missing)
    if (messages) {
      messages.replaceChildren()
      if (missing) {
        const message = document.createElement('p')
        message.className = 'fr-message fr-message--error'
        message.textContent =
          step.dataset.step === 'protection'
            ? 'Choisissez au moins une réponse, ou « Je ne sais pas ».'
            : 'Choisissez au moins un type de travaux, ou « Autres travaux ».'
        messages.append(message)
      }
    }
    if (missing) question.querySelector<HTMLInputElement>('input')?.focus()
    return !missing
  }

  const fill = (params: URLSearchParams) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      const values = params.getAll(input.name)
      if (input.type === 'checkbox' || input.type === 'radio')
        input.checked = values.includes(input.value)
      else input.value = values[0] ?? ''
    }
  }

  const baseTitle = document.title
  const render = async (params: URLSearchParams, focus: boolean) => {
    const answers = answersFromQuery(params)
    show(0, focus && !hasResult(answers))
    if (!hasResult(answers)) {
      result.hidden = true
      form.hidden = false
      document.title = baseTitle
      return
    }
    const { showResult } = await loadResult()
    form.hidden = true
    result.hidden = false
    // The title says that this is the result (RGAA 8.6).
    document.title = `Votre démarche : le résultat — ${baseTitle}`
    showResult(result, answers, params.toString(), () => {
      result.hidden = true
      form.hidden = false
      document.title = baseTitle
      show(0, true)
    })
    if (focus) result.querySelector<HTMLElement>('h2')?.focus()
  }

  form.addEventListener('change', () => {
    refreshConditions()
    void loadResult()
  })
  nav('next')?.addEventListener('click', () => {
    if (validate(activeSteps()[current])) show(current + 1, true)
  })
  nav('previous')?.addEventListener('click', () => show(current - 1, true))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    // Enter on a question before the last one (a checkbox, a field) goes on to the next
    // question, as "Question suivante" does; only the last one shows the result.
    if (current < activeSteps().length - 1) {
      if (validate(activeSteps()[current])) show(current + 1, true)
      return
    }
    for (const step of activeSteps()) {
      if (!validate(step)) return show(activeSteps().indexOf(step), false)
    }
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim())
    }
    history.pushState(null, '', `?${params}`)
    void render(params, true)
  })
  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(location.search)
    fill(params)
    void render(params, true)
  })

  // A bookmarked result, or the protections found by the address page (?protection=…).
  const params = new URLSearchParams(location.search)
  fill(params)
  void render(params, false)
}

defineEnhancer('procedure-questionnaire', ProcedureQuestionnaire)
