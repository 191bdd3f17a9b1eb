import { expect, test } from 'vitest'
import { h, link } from '../../src/client/dom.ts'

test('h builds an element with its attributes and children, skipping empty ones', () => {
  const element = h(
    'p',
    { class: 'fr-text--sm', id: 'x' },
    'Voir ',
    link('/a/', 'la page'),
    null,
    false,
    undefined,
  )
  expect(element.outerHTML).toBe(
    '<p class="fr-text--sm" id="x">Voir <a href="/a/" class="fr-link">la page</a></p>',
  )
  expect(element).toBeInstanceOf(HTMLParagraphElement)
})
