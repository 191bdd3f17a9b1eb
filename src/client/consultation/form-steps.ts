// The form's sections become steps shown one at a time, with the DSFR stepper above them. Each
// step is checked before the next; the page title says the step (RGAA 8.6), focus goes to its title.
import { consultationSteps } from '../../domain/consultation-steps.ts'
import { track } from '../analytics.ts'

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

export function createStepper(form: HTMLFormElement, options: StepperOptions): Stepper | undefined {
  const sections = [...form.querySelectorAll<HTMLElement>('[data-step]')]
  const bar = document.querySelector<HTMLElement>('#etapes')
  const buttons = form.querySelector<HTMLElement>('#etapes-boutons')
  const previous = buttons?.querySelector<HTMLButtonElement>('[data-previous]')
  const next = buttons?.querySelector<HTMLButtonElement>('[data-next]')
  const title = document.querySelector<HTMLElement>('#etapes-titre')
  if (
    !bar ||
    !buttons ||
    !previous ||
    !next ||
    !title ||
    sections.length !== consultationSteps.length
  )
    return
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
    setText('#etapes-nom', step?.title ?? '')
    setText('#etapes-etat', state)
    bar.querySelector('#etapes-barre')?.setAttribute('data-fr-current-step', String(current + 1))
    const details = bar.querySelector<HTMLElement>('#etapes-suivante')
    if (details) {
      details.hidden = !following
      details.lastChild?.replaceWith(` ${following?.title ?? ''}`)
    }
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

function setText(selector: string, text: string): void {
  const element = document.querySelector(selector)
  if (element) element.textContent = text
}
