// The site's additions to Decap CMS, bundled into dist/admin/admin.js (src/integrations/cms-admin.ts):
// file formats that keep untouched bytes, previews in the DSFR's style, the components' previews,
// the guard that keeps the glossary's published anchors, the French phrases Decap's locale lacks,
// a title and a heading for each screen, a skip link, a navigation bar with a search, and the
// repairs of Decap's markup.

import { guaranteedGlossaryIds } from '../data/glossary.ts'
import { pageSchema } from '../site/content-schema.ts'
import {
  updateNavigationBar,
  updateScreenHeading,
  wireNavigationBar,
  wireSkipLink,
} from './admin-chrome.ts'
import { screenTitle } from './admin-title.ts'
import { collectionLabels, jsonFormat, pageFolders, pageFormat } from './collections.ts'
import { componentPreviews } from './component-previews.ts'
import { decapFrenchComplement, mergePhrases, type Phrases } from './decap-locale-fr.ts'
import { removedAttributes, repairDecap } from './decap-repairs.ts'
import { jsonFromFile, jsonToFile, mdxFromFile, mdxToFile } from './formats.ts'
import { glossaryGuard } from './glossary-guard.ts'

interface ImmutableMap {
  get(key: string): unknown
  getIn(path: (string | number)[]): unknown
  toJS(): unknown
}
type Element = unknown
type Hyperscript = (
  tag: string,
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => Element
interface PreviewProps {
  entry: ImmutableMap
  widgetFor: (name: string) => Element
}
interface Cms {
  registerLocale(locale: string, phrases: Phrases): void
  getLocale(locale: string): Phrases | undefined
  registerCustomFormat(name: string, extension: string, format: object): void
  registerPreviewStyle(url: string): void
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => Element): void
  registerEditorComponent(component: object): void
  registerEventListener(listener: {
    name: string
    handler: (event: { entry: ImmutableMap }) => unknown
  }): void
}

const { CMS, h } = window as unknown as { CMS: Cms; h: Hyperscript }

CMS.registerLocale('fr', mergePhrases(CMS.getLocale('fr') ?? {}, decapFrenchComplement))

const showTitle = () => {
  document.title = screenTitle(location.hash, collectionLabels)
}
/** The site's heading and bar, following the screen Decap draws. */
const followScreen = () => {
  updateScreenHeading(document, collectionLabels)
  updateNavigationBar(document)
}
window.addEventListener('hashchange', () => {
  showTitle()
  followScreen()
})
showTitle()
wireSkipLink(document)
wireNavigationBar(document)

// Decap draws and redraws its screens at will (React): the repairs run again after each change of
// the page's nodes or classes (folding an item changes a class), or when React writes again an
// attribute the repairs remove (the Markdown editor's `value`, on each change of the text), at
// most once per frame. They set only other attributes, so they do not wake the observer
// themselves; a removal wakes it once, for a pass that changes nothing. The site's heading and bar
// follow the screen drawn (Decap draws a list's own h1 after the address changes, its main
// container once signed in): they change only when their text or state has to, so the observer
// settles.
let repairPending = false
new MutationObserver(() => {
  if (repairPending) return
  repairPending = true
  requestAnimationFrame(() => {
    repairPending = false
    repairDecap(document.body)
    followScreen()
  })
}).observe(document.body, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', ...removedAttributes],
})
repairDecap(document.body)
followScreen()

const pageKeys = Object.keys(pageSchema.shape)
CMS.registerCustomFormat(pageFormat, 'mdx', {
  fromFile: mdxFromFile,
  toFile: (data: Record<string, unknown>) => mdxToFile(data, pageKeys),
})
CMS.registerCustomFormat(jsonFormat, 'json', { fromFile: jsonFromFile, toFile: jsonToFile })

CMS.registerPreviewStyle('/admin/dsfr/dsfr.min.css')
CMS.registerPreviewStyle('/admin/preview.css')

const list = <T>(entry: ImmutableMap, key: string) =>
  ((entry.getIn(['data', key]) as ImmutableMap | undefined)?.toJS() as T[] | undefined) ?? []

/** A page as the site shows it: title, lead, text, questions, sources and review date. */
function PagePreview({ entry, widgetFor }: PreviewProps) {
  const text = (key: string) => String(entry.getIn(['data', key]) ?? '')
  const faq = list<{ question: string; answer: string }>(entry, 'faq')
  const sources = list<{ title: string; url: string }>(entry, 'sources')
  const reviewed = text('lastReviewed')
  return h(
    'main',
    { className: 'fr-container fr-my-4w' },
    text('title') && h('h1', null, text('title')),
    text('description') && h('p', { className: 'fr-text--lead' }, text('description')),
    h('div', { className: 'dedale-preview__body' }, widgetFor('body')),
    faq.length > 0 &&
      h(
        'section',
        { className: 'fr-mt-4w' },
        h('h2', null, 'Questions fréquentes'),
        ...faq.map(({ question, answer }) =>
          h(
            'div',
            { className: 'fr-mb-2w' },
            h('h3', { className: 'fr-h6' }, question),
            h('p', null, answer),
          ),
        ),
      ),
    h(
      'section',
      { className: 'fr-mt-4w' },
      h('h2', { className: 'fr-h5' }, 'Sources'),
      h(
        'ul',
        null,
        ...sources.map(({ title, url }) =>
          h('li', null, h('a', { className: 'fr-link', href: url }, title || url)),
        ),
      ),
      reviewed &&
        h(
          'p',
          { className: 'fr-text--sm' },
          `Dernière relecture : ${reviewed.split('-').reverse().join('/')}`,
        ),
    ),
  )
}

for (const { name } of pageFolders) CMS.registerPreviewTemplate(name, PagePreview)
for (const component of componentPreviews) CMS.registerEditorComponent(component)

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (entry.get('collection') !== 'donnees' || entry.get('slug') !== 'glossaire') return undefined
    const problem = glossaryGuard(list<{ id: string }>(entry, 'items'), guaranteedGlossaryIds)
    if (problem) throw new Error(problem)
    return undefined
  },
})
