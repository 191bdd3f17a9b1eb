// Renders the answer about an address in DSFR markup, from the domain's sentences and links.
import type { FoundProtection } from '../domain/geodata/found-protections.ts'
import {
  type AnswerPlace,
  answerTitle,
  consultationHref,
  describeProtection,
  questionnaireHref,
} from '../domain/geodata/protection-answer.ts'
import { h as element, link } from './dom.ts'

function nextSteps(place: AnswerPlace | null, protections: readonly FoundProtection[] | null) {
  return element(
    'ul',
    { class: 'fr-btns-group fr-btns-group--inline-md' },
    ...(protections
      ? [
          element(
            'li',
            {},
            link(questionnaireHref(protections), 'Quelle démarche pour mes travaux ?', 'fr-btn'),
          ),
        ]
      : []),
    element(
      'li',
      {},
      link(
        consultationHref(place, protections),
        'Demander un conseil à l’UDAP',
        protections ? 'fr-btn fr-btn--secondary' : 'fr-btn',
      ),
    ),
  )
}

function protectionCallout(protection: FoundProtection): HTMLElement {
  const line = describeProtection(protection)
  const links = [
    ...line.learnMore.map((item) => element('li', {}, link(item.href, item.label))),
    ...(line.actUrl
      ? [
          element(
            'li',
            {},
            link(line.actUrl, 'L’acte de protection (PDF, Géoportail de l’urbanisme)'),
          ),
        ]
      : []),
  ]
  return element(
    'div',
    { class: 'fr-callout fr-mb-3w' },
    element('h3', { class: 'fr-callout__title' }, line.sentence),
    element('p', { class: 'fr-callout__text' }, line.meaning),
    element('ul', { class: 'fr-mt-2w' }, ...links),
  )
}

/** The title takes the focus, so that screen readers read the answer from its start. */
function focusTitle(region: HTMLElement) {
  region.querySelector<HTMLElement>('h2')?.focus()
}

export function showLoading(region: HTMLElement, label: string) {
  region.replaceChildren(element('p', { role: 'status' }, `Recherche des protections au ${label}…`))
}

export function showAnswer(
  region: HTMLElement,
  label: string,
  place: AnswerPlace,
  protections: readonly FoundProtection[],
) {
  const body: HTMLElement[] =
    protections.length > 0
      ? protections.map(protectionCallout)
      : [
          element(
            'p',
            {},
            'Les données officielles ne signalent ni abords de monument historique, ni site patrimonial remarquable, ni site classé ou inscrit à cette adresse. Ce n’est pas une garantie : toutes les protections ne sont pas encore numérisées.',
          ),
        ]
  region.replaceChildren(
    element('h2', { tabindex: '-1', id: 'reponse-titre' }, answerTitle(protections)),
    element('p', {}, `Adresse vérifiée : ${label}.`),
    ...body,
    element(
      'p',
      { class: 'fr-text--sm' },
      'Ces informations viennent du Géoportail de l’urbanisme ; elles ne remplacent ni le plan local d’urbanisme de votre mairie, ni l’avis de l’architecte des Bâtiments de France. ',
      link('#limites', 'Les limites de cette réponse'),
    ),
    element('h3', {}, 'Et maintenant ?'),
    nextSteps(place, protections),
  )
  focusTitle(region)
}

/** `takeFocus` is false while the person is still typing (the address search failed). */
export function showFailure(
  region: HTMLElement,
  message: string,
  place: AnswerPlace | null,
  takeFocus = true,
) {
  region.replaceChildren(
    element(
      'div',
      { class: 'fr-alert fr-alert--warning fr-mb-3w' },
      element(
        'h2',
        { class: 'fr-alert__title', tabindex: '-1' },
        'Nous ne pouvons pas vérifier cette adresse pour le moment',
      ),
      element('p', {}, message),
    ),
    element(
      'p',
      {},
      'Vous pouvez vérifier par vous-même, en quelques minutes : ',
      link('#verifier-vous-meme', 'voir comment faire'),
      '. Vous pouvez aussi demander directement un conseil à l’UDAP, en indiquant que vous ne savez pas si votre adresse est protégée.',
    ),
    nextSteps(place, null),
  )
  if (takeFocus) focusTitle(region)
}
