import { applyEdits, modify } from 'jsonc-parser'
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, stringify } from 'yaml'

/**
 * The CMS's file formats (registered with CMS.registerCustomFormat in src/cms/admin.ts). Saving an
 * entry rewrites only what the editor changed: the file as read is kept under `sourceKey` in the
 * entry's data (a key no form shows), and the new values are written over it, so quoting, line
 * breaks, key order and MDX components that were not touched stay byte for byte.
 */
export const sourceKey = '__source'

type Data = Record<string, unknown>

const frontmatterPattern = /^---\n([\s\S]*?\n)?---\n/

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An empty form field ('' or an empty list) is a missing value, not a value to write. */
function withoutEmpty(data: Data): Data {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  )
}

/** Writes `value` over the YAML node, keeping the style of every scalar whose value is unchanged. */
function patchNode(doc: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value
    return node
  }
  if (isMap(node) && isRecord(value)) {
    node.items = node.items.filter(
      (pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) in value,
    )
    for (const [key, item] of Object.entries(value)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)
      if (pair) pair.value = patchNode(doc, pair.value, item) as Node
      else node.add(doc.createPair(key, item))
    }
    return node
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) =>
      index < node.items.length ? patchNode(doc, node.items[index], item) : doc.createNode(item),
    )
    return node
  }
  return doc.createNode(value)
}

/** An MDX page: YAML frontmatter, then the body, which the CMS edits as raw Markdown/MDX. */
export function mdxFromFile(text: string): Data {
  const match = frontmatterPattern.exec(text)
  const frontmatter = match?.[1] ?? ''
  const data = parseDocument(frontmatter).toJS() ?? {}
  return { ...data, body: text.slice(match?.[0].length ?? 0), [sourceKey]: text }
}

export function mdxToFile(data: Data, keyOrder: readonly string[] = []): string {
  const { body, [sourceKey]: source, ...rawFields } = data
  const fields = withoutEmpty(rawFields)
  const ordered = Object.fromEntries(
    Object.entries(fields).sort(([a], [b]) => rank(keyOrder, a) - rank(keyOrder, b)),
  )
  const original = typeof source === 'string' ? frontmatterPattern.exec(source) : null
  let frontmatter: string
  if (original) {
    const doc: Document = parseDocument(original[1] ?? '')
    doc.contents = patchNode(doc, doc.contents, ordered) as Document['contents']
    frontmatter = doc.toString({ lineWidth: 0 })
  } else frontmatter = stringify(ordered, { lineWidth: 0 })
  const text = typeof body === 'string' ? body : ''
  const bodyText = original ? text : `\n${text.trim()}\n`
  return `---\n${frontmatter}---\n${bodyText}`
}

const rank = (order: readonly string[], key: string) => {
  const index = order.indexOf(key)
  return index === -1 ? order.length : index
}

/** Writes the changes from `before` to `after` into the JSON text, leaving every other byte. */
function patchJson(
  text: string,
  path: (string | number)[],
  before: unknown,
  after: unknown,
): string {
  if (JSON.stringify(before) === JSON.stringify(after)) return text
  // The CMS gives '' for a field left or made empty: in the data files that is null, or absent.
  if (after === '') return before === undefined ? text : patchJson(text, path, before, null)
  const edit = (value: unknown, at = path) =>
    applyEdits(
      text,
      modify(text, at, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }),
    )
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before))
      if (!(key in after)) text = edit(undefined, [...path, key])
    for (const [key, value] of Object.entries(after))
      text = patchJson(text, [...path, key], before[key], value)
    return text
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, index) => {
      text = patchJson(text, [...path, index], before[index], value)
    })
    return text
  }
  return edit(after)
}

/** A JSON data file. A file whose top level is a list is shown to the CMS as `{ items: [...] }`. */
export function jsonFromFile(text: string): Data {
  const parsed: unknown = JSON.parse(text)
  return { ...(Array.isArray(parsed) ? { items: parsed } : (parsed as Data)), [sourceKey]: text }
}

export function jsonToFile(data: Data): string {
  const { [sourceKey]: source, ...fields } = data
  const isList = Object.keys(fields).length === 1 && Array.isArray(fields.items)
  const value = isList ? fields.items : fields
  if (typeof source !== 'string') return `${JSON.stringify(value, null, 2)}\n`
  return patchJson(source, [], JSON.parse(source), value)
}
