// The questionnaire's result, built in the browser from the answers in the URL with the same
// rules as the tests (whichProcedure). DSFR markup; printable as a pré-dossier checklist.

import type { ProcedureAnswers } from '../domain/procedure-answers.ts'
import type { Source } from '../domain/procedure-sources.ts'
import { protectionKinds, worksTypes } from '../domain/taxonomy.ts'
import { type Conclusion, whichProcedure } from '../domain/which-procedure.ts'
import { track } from './analytics.ts'
import { type Child, h, link } from './dom.ts'

function sourceLine(list: Source[]) {
  if (list.length === 0) return null
  const line = h('p', { class: 'fr-text--xs fr-mb-1w questionnaire-source' }, 'Source : ')
  list.forEach((source, index) => {
    if (index > 0) line.append(' ; ')
    line.append(h('a', { href: source.url }, source.title))
  })
  return line
}

const paragraph = (entry: Conclusion, prefix?: string) => [
  h('p', { class: 'fr-mb-0' }, prefix ? h('strong', {}, prefix) : null, entry.text),
  sourceLine(entry.sources),
]

function listOf(entries: Conclusion[]) {
  return h('ul', {}, ...entries.map((entry) => h('li', {}, ...paragraph(entry))))
}

const badge = () => h('p', { class: 'fr-badge fr-badge--warning fr-badge--sm' }, 'À vérifier')

export function showResult(
  region: HTMLElement,
  answers: ProcedureAnswers,
  query: string,
  edit: () => void,
): void {
  const result = whichProcedure(answers)
  track('Questionnaire', 'Résultat affiché')
  const parts: Child[] = []
  const section = (title: string, ...children: Child[]) => {
    const element = h('section', {}, h('h2', { class: 'fr-h3 fr-mt-5w' }, title), ...children)
    parts.push(element)
    return element
  }

  parts.push(
    h('h2', { id: 'resultat-titre', tabindex: '-1' }, 'Votre démarche'),
    h(
      'p',
      {},
      `Protection : ${answers.protections.map((kind) => protectionKinds[kind]).join(', ') || 'non précisée'}. Travaux : ${answers.works.map((kind) => worksTypes[kind]).join(', ')}.`,
    ),
  )

  for (const procedure of result.procedures) {
    parts.push(
      h(
        'div',
        { class: 'fr-callout questionnaire-procedure' },
        h('h3', { class: 'fr-callout__title' }, procedure.label),
        procedure.certainty === 'a_verifier' ? badge() : null,
        h(
          'ul',
          {},
          ...procedure.reasons.map((reason) =>
            h('li', {}, ...paragraph(reason, `${worksTypes[reason.works]} : `)),
          ),
        ),
        ...paragraph({ text: procedure.filedAt, sources: [] }, 'Où déposer : '),
        ...paragraph(procedure.delay, 'Délai : '),
        ...(procedure.kind === 'aucune' ? [] : paragraph(procedure.silence, 'Sans réponse : ')),
        procedure.official
          ? h(
              'p',
              { class: 'fr-mt-2w fr-mb-0' },
              link(procedure.official, 'Le formulaire et la démarche sur service-public.fr'),
            )
          : null,
        procedure.page
          ? h('p', { class: 'fr-mb-0' }, link(procedure.page, 'Comprendre cette démarche'))
          : null,
      ),
    )
  }

  section(
    'Qui décide, et le rôle de l’architecte des Bâtiments de France',
    ...paragraph(result.decider),
    listOf(
      result.opinions.map((opinion) => ({
        ...opinion,
        text: `${opinion.authority} : ${opinion.text}`,
      })),
    ),
    ...paragraph(result.architect, 'Architecte : '),
  )

  if (result.uncertainties.length > 0)
    section(
      'À vérifier avant de déposer',
      h(
        'p',
        {},
        'Ces points dépendent de règles que nous ne pouvons pas trancher ici : demandez à la mairie ou à l’UDAP.',
      ),
      listOf(result.uncertainties),
    )
  if (result.assumptions.length > 0)
    section('Ce que nous avons supposé', listOf(result.assumptions))
  if (result.warnings.length > 0) section('Attention', listOf(result.warnings))

  if (result.pieces.length > 0) {
    const checklist = section(
      'Votre pré-dossier : les pièces à préparer',
      h(
        'p',
        {},
        'Cochez les pièces au fur et à mesure. La liste officielle figure sur le bordereau du formulaire.',
      ),
    )
    for (const group of result.pieces) {
      checklist.append(
        h('h3', { class: 'fr-h5' }, group.label),
        h(
          'ul',
          { class: 'questionnaire-checklist' },
          ...group.pieces.map((piece) =>
            h('li', {}, h('strong', {}, `${piece.code} — ${piece.label}`), ` : ${piece.shows}`),
          ),
        ),
      )
    }
  }

  const tips = result.tips.filter((entry) => entry.tips.length > 0 || entry.extras.length > 0)
  if (tips.length > 0) {
    const advice = section(
      'Conseils pour vos travaux',
      h(
        'p',
        {},
        'Ce qu’attendent souvent les architectes des Bâtiments de France ; le règlement local et votre UDAP peuvent demander autre chose.',
      ),
    )
    for (const entry of tips) {
      advice.append(
        h('h3', { class: 'fr-h5' }, worksTypes[entry.works]),
        h(
          'ul',
          {},
          ...entry.tips.map((tip) => h('li', {}, tip)),
          ...entry.extras.map((extra) => h('li', {}, `À joindre si possible : ${extra}`)),
        ),
        ...(entry.fiche
          ? [h('p', {}, link(entry.fiche, `La fiche « ${worksTypes[entry.works]} »`))]
          : []),
      )
    }
  }

  const prefill = new URLSearchParams({ protection: result.prefill.protection })
  for (const works of result.prefill.worksTypes) prefill.append('worksTypes', works)
  const printButton = h(
    'button',
    { class: 'fr-btn fr-btn--tertiary', type: 'button' },
    'Imprimer le pré-dossier',
  )
  printButton.addEventListener('click', () => window.print())
  const editButton = h(
    'button',
    { class: 'fr-btn fr-btn--tertiary', type: 'button' },
    'Modifier mes réponses',
  )
  editButton.addEventListener('click', edit)
  section(
    'Et maintenant ?',
    h(
      'ul',
      { class: 'fr-btns-group fr-btns-group--inline-md' },
      h(
        'li',
        {},
        link(`/demander-un-conseil/?${prefill}`, 'Demander un conseil à l’UDAP', 'fr-btn'),
      ),
      h(
        'li',
        {},
        link(
          '/parcours/deposer-et-suivre-ma-demande/',
          'Déposer en mairie',
          'fr-btn fr-btn--secondary',
        ),
      ),
    ),
    h(
      'ul',
      { class: 'fr-btns-group fr-btns-group--inline-md fr-no-print' },
      h('li', {}, printButton),
      h('li', {}, editButton),
      h('li', {}, link('/quelle-demarche/', 'Recommencer', 'fr-btn fr-btn--tertiary')),
    ),
    h(
      'p',
      { class: 'fr-text--sm' },
      'L’adresse de cette page contient vos réponses : gardez-la ou envoyez-la à votre architecte ou artisan. ',
      link(`/quelle-demarche/?${query}`, 'Lien vers ce résultat'),
    ),
  )

  const cited = section(
    'Les textes sur lesquels repose ce résultat',
    h(
      'ul',
      { class: 'questionnaire-sources' },
      ...result.sources.map((source) => h('li', {}, link(source.url, source.title))),
    ),
  )
  cited.classList.add('fr-no-print')
  region.replaceChildren(...parts.filter((part): part is Node => part instanceof Node))
}
