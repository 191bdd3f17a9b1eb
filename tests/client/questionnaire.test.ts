// The questionnaire's markup (ChoiceGroup questions, steps) read by <procedure-questionnaire>.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import '../../src/client/questionnaire.ts'
import ProcedureQuestionnaire from '../../src/components/questionnaire/ProcedureQuestionnaire.astro'
import { mount } from './support/render.ts'

let errors: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

test('shows the first question only, and refuses to go on without an answer', async () => {
  const root = await mount(ProcedureQuestionnaire)
  expect(errors).not.toHaveBeenCalled()
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')]
  expect(steps.length).toBeGreaterThan(3)
  expect(steps.filter((step) => !step.hidden)).toHaveLength(1)
  expect(steps[0]?.querySelector('[data-step-state]')?.textContent).toMatch(/^Question 1 sur \d+$/)
  root.querySelector<HTMLElement>('[data-nav="next"] button')?.click()
  const question = steps[0]?.querySelector('fieldset[data-question]')
  expect(question?.classList.contains('fr-fieldset--error')).toBe(true)
  expect(question?.querySelector('.fr-message--error')?.textContent).toContain('au moins une')
})

test('reports the missing result region', async () => {
  await mount(ProcedureQuestionnaire, {}, (root) => root.querySelector('[data-result]')?.remove())
  expect(errors).toHaveBeenCalledWith(expect.stringContaining('<procedure-questionnaire>'))
})
