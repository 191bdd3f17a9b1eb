// FAQ answers are one-line strings in the frontmatter; they may hold Markdown links
// `[text](/url/)`, the only Markdown they use.

export type InlinePart = { text: string } | { text: string; href: string }

const markdownLink = /\[([^\]]+)\]\(([^)\s]+)\)/g

/** The text cut into plain parts and links, in order. */
export function inlineLinks(source: string): InlinePart[] {
  const parts: InlinePart[] = []
  let last = 0
  for (const match of source.matchAll(markdownLink)) {
    if (match.index > last) parts.push({ text: source.slice(last, match.index) })
    parts.push({ text: match[1] ?? '', href: match[2] ?? '' })
    last = match.index + match[0].length
  }
  if (last < source.length) parts.push({ text: source.slice(last) })
  return parts
}

/** The text as read aloud or indexed: links keep their words, lose their addresses. */
export function withoutLinks(source: string): string {
  return inlineLinks(source)
    .map((part) => part.text)
    .join('')
}
