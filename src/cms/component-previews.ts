/**
 * The MDX components of the pages, for the CMS preview (Decap "editor components"). The page
 * body is edited as raw MDX, so a component is saved exactly as written; these only show it in
 * the preview with the DSFR markup the site gives it. Their toBlock gives back the source as read.
 */
interface Block {
  source: string
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Enough Markdown for a preview: paragraphs, list items, bold and links. */
export function inlineMarkdown(text: string): string {
  const html = escapeHtml(text.trim())
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
  const blocks = html.split(/\n\s*\n/)
  return blocks
    .map((block) => {
      const items = block.split(/\n(?=\s*- )/)
      if (items.length > 1 || block.trimStart().startsWith('- '))
        return `<ul>${items.map((item) => `<li>${item.replace(/^\s*- /, '')}</li>`).join('')}</ul>`
      return `<p>${block}</p>`
    })
    .join('')
}

export const attributes = (source: string): Record<string, string> =>
  Object.fromEntries([...source.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))

const calloutIcons: Record<string, string> = {
  info: 'fr-icon-information-line',
  attention: 'fr-icon-warning-line',
  conseil: 'fr-icon-success-line',
}

interface Preview {
  id: string
  label: string
  pattern: RegExp
  toPreview: (match: RegExpMatchArray) => string
}

const previews: Preview[] = [
  {
    id: 'callout',
    label: 'Mise en avant (Callout)',
    pattern: /^<Callout([^>]*)>([\s\S]*?)<\/Callout>/,
    toPreview: ([, attrs = '', inner = '']) => {
      const { title, kind = 'info' } = attributes(attrs)
      const titleHtml = title ? `<p class="fr-callout__title">${escapeHtml(title)}</p>` : ''
      return `<div class="fr-callout ${calloutIcons[kind] ?? calloutIcons.info}">${titleHtml}<div class="fr-callout__text">${inlineMarkdown(inner)}</div></div>`
    },
  },
  {
    id: 'key-points',
    label: 'À retenir (KeyPoints)',
    pattern: /^<KeyPoints([^>]*)>([\s\S]*?)<\/KeyPoints>/,
    toPreview: ([, attrs = '', inner = '']) =>
      `<div class="fr-callout fr-callout--blue-ecume"><p class="fr-callout__title">${escapeHtml(attributes(attrs).title ?? 'À retenir')}</p><div class="fr-callout__text">${inlineMarkdown(inner)}</div></div>`,
  },
  {
    id: 'highlight',
    label: 'Mise en exergue (Highlight)',
    pattern: /^<Highlight>([\s\S]*?)<\/Highlight>/,
    toPreview: ([, inner = '']) => `<div class="fr-highlight">${inlineMarkdown(inner)}</div>`,
  },
  {
    id: 'steps',
    label: 'Étapes (Steps)',
    pattern: /^<Steps([^>]*)>([\s\S]*?)<\/Steps>/,
    toPreview: ([, , inner = '']) => {
      const steps = [...inner.matchAll(/<Step([^>]*)>([\s\S]*?)<\/Step>/g)].map(
        ([, attrs = '', text = '']) =>
          `<li class="fr-mb-3w"><h3 class="fr-h6 fr-mb-1w">${escapeHtml(attributes(attrs).title ?? '')}</h3>${inlineMarkdown(text)}</li>`,
      )
      return `<ol class="fr-mb-4w">${steps.join('')}</ol>`
    },
  },
  {
    id: 'data-component',
    label: 'Données du site (tableau, liste, tuiles)',
    pattern:
      /^<(DelayTable|PiecesChecklist|GlossaryList|UdapDirectory|TileGrid|AnalyticsOptOut)\b[\s\S]*?\/>/,
    toPreview: ([, name = '']) =>
      `<div class="fr-notice fr-notice--info"><div class="fr-notice__body"><p>Ici, le site affiche le composant « ${escapeHtml(name)} », construit à partir des données du site.</p></div></div>`,
  },
  {
    id: 'import',
    label: 'Import d’un composant',
    pattern: /^import \w+ from '[^']+'\n?/,
    toPreview: () => '',
  },
]

/** Decap editor components: the preview, and the source kept as read. */
export const componentPreviews = previews.map(({ id, label, pattern, toPreview }) => ({
  id,
  label,
  pattern,
  fields: [{ name: 'source', label: 'Code MDX', widget: 'text' }],
  fromBlock: (match: RegExpMatchArray): Block & { match: RegExpMatchArray } => ({
    source: match[0],
    match,
  }),
  toBlock: ({ source }: Block) => source,
  toPreview: ({ match }: { match: RegExpMatchArray }) => toPreview(match),
}))
