// The form's sections become steps shown one at a time, with the DSFR stepper above them. Each
// step is checked before the next; the page title says the step (RGAA 8.6), focus goes to its title.
import { consultationSteps } from '../../domain/consultation-steps.ts'
import { track } from '../analytics.ts'
import { MissingPart, part } from '../component.ts'

export interface Stepper {
  readonly current: number
  show(index: number, moveFocus?: boolean): void
}

interface StepperOptions {
  /** Checks the current step; answers false to stay on it (errors are then shown). */
  canLeave(index: number): boolean
  /** Called when a step is shown (e.g. to fill the review). */
  onShow(index: number): void
}

/** `bar` is the DSFR stepper (FormStepper.astro); the form holds the steps and their buttons. */
export function createStepper(
  form: HTMLFormElement,
  bar: HTMLElement,
  options: StepperOptions,
): Stepper {
  const sections = [...form.querySelectorAll<HTMLElement>('[data-step]')]
  const buttons = part(form, '[data-step-buttons]')
  const previous = part(buttons, '[data-previous]', HTMLButtonElement)
  const next = part(buttons, '[data-next]', HTMLButtonElement)
  const title = part(bar, '.fr-stepper__title')
  const name = part(bar, '[data-step-name]')
  const stateText = part(bar, '.fr-stepper__state')
  const steps = part(bar, '.fr-stepper__steps')
  const details = part(bar, '.fr-stepper__details')
  if (sections.length !== consultationSteps.length)
    throw new MissingPart(`the form has ${sections.length} steps, not ${consultationSteps.length}`)
  const baseTitle = document.title
  let current = 0

  const show = (index: number, moveFocus = true) => {
    current = Math.max(0, Math.min(index, sections.length - 1))
    sections.forEach((section, position) => {
      section.hidden = position !== current
    })
    const step = consultationSteps[current]
    const following = consultationSteps[current + 1]
    const state = `Étape ${current + 1} sur ${sections.length}`
    name.textContent = step?.title ?? ''
    stateText.textContent = state
    steps.setAttribute('data-fr-current-step', String(current + 1))
    details.hidden = !following
    details.lastChild?.replaceWith(` ${following?.title ?? ''}`)
    previous.hidden = current === 0
    next.hidden = current === sections.length - 1
    document.title = `${state} : ${step?.title} — ${baseTitle}`
    options.onShow(current)
    // Funnel measurement (a no-op without Matomo): the step's name only, never an answer.
    track('Demande de conseil', 'Étape atteinte', step?.title)
    if (moveFocus) title.focus()
  }

  bar.hidden = false
  buttons.hidden = false
  for (const heading of form.querySelectorAll<HTMLElement>('[data-step-heading]'))
    heading.hidden = true
  previous.addEventListener('click', () => show(current - 1))
  next.addEventListener('click', () => {
    if (options.canLeave(current)) show(current + 1)
  })
  // A link of the error summary leads to a field of another step: show that step first.
  form.addEventListener('dedale:reveal', (event) => {
    const section = (event.target as HTMLElement).closest<HTMLElement>('[data-step]')
    if (section) show(sections.indexOf(section), false)
  })
  show(0, false)
  return {
    get current() {
      return current
    },
    show,
  }
}
