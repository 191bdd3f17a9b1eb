import type { Frame, Page } from 'playwright-core'
import { expect } from 'vitest'

type Surface = Page | Frame

/** The current step's name, as the stepper shows it. */
export const currentStep = (surface: Surface) => surface.locator('#etapes-nom').textContent()

export async function next(surface: Surface, expectedStep: string): Promise<void> {
  await surface.getByRole('button', { name: 'Continuer' }).click()
  await expect.poll(() => currentStep(surface)).toBe(expectedStep)
}

/** Step 1: the commune is chosen in the suggestions, which fills the INSEE code. */
export async function fillProject(surface: Surface): Promise<void> {
  await surface.getByLabel('Adresse du projet').fill('12 rue Saint-Jean')
  await surface.getByRole('textbox', { name: /^Code postal/ }).fill('69005')
  await surface.getByRole('combobox', { name: /Commune/ }).pressSequentially('Lyo')
  await surface.getByRole('option', { name: /^Lyon \(/ }).click()
  await surface.getByLabel('Protection connue').selectOption('spr')
}

export async function fillWorks(surface: Surface): Promise<void> {
  // DSFR radios and checkboxes are styled labels: people click the label.
  await surface.getByText('Fenêtres, portes, volets').click()
  await surface
    .getByLabel('Description du projet')
    .fill('Remplacement des fenêtres en bois de la façade sur rue.')
  await surface.getByText('J’ai une esquisse ou des premiers plans').click()
}

export async function fillContact(surface: Surface, email: string): Promise<void> {
  await surface.getByText('Un particulier').click()
  await surface.getByLabel('Prénom').fill('Camille')
  await surface.getByLabel('Nom', { exact: true }).fill('Martin')
  await surface.getByLabel('Adresse e-mail').fill(email)
  await surface.getByText('Une réponse écrite').click()
}

/** From the documents step: the contact step, the check, consent, and the request sent. */
export async function sendAs(surface: Surface, email: string): Promise<void> {
  await next(surface, 'Vos coordonnées')
  await fillContact(surface, email)
  await next(surface, 'Vérification')
  await surface.getByText('J’accepte que l’UDAP utilise').click()
  await surface.getByRole('button', { name: 'Envoyer ma demande' }).click()
}
