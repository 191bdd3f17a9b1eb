// The CMS configuration is generated from the zod schemas (src/cms/config.ts): what the editor
// enforces is what the build checks.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type CmsField, cmsConfig, fieldsOf, requiredMark } from '../../src/cms/config.ts'
import { pageTexts } from '../../src/cms/field-texts.ts'
import { glossaryGuard } from '../../src/cms/glossary-guard.ts'
import { guaranteedGlossaryIds } from '../../src/data/glossary.ts'
import { pageSchema } from '../../src/site/content-schema.ts'

const config = cmsConfig({ repository: 'culture/dedale', siteUrl: 'https://dedale.example' })
const pageFields = fieldsOf(pageSchema, pageTexts)
const field = (fields: readonly CmsField[], name: string) => {
  const found = fields.find((f) => f.name === name)
  if (!found) throw new Error(`no field ${name}`)
  return found
}
/** What Decap does with a field's pattern: the value must match it. */
const editorAccepts = (f: CmsField, value: string) =>
  !f.pattern || new RegExp(f.pattern[0]).test(value)

describe('the CMS configuration', () => {
  it('is in French, with the editorial workflow on GitHub', () => {
    expect(config).toMatchObject({
      locale: 'fr',
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'culture/dedale', branch: 'main' },
    })
  })

  it('has a collection for every folder of pages and one for the data files', () => {
    const folders = config.collections.flatMap((c) => ('folder' in c ? [c.folder] : []))
    expect(folders).toEqual([
      'content/pages',
      'content/pages/parcours',
      'content/pages/comprendre',
      'content/pages/demarches',
      'content/pages/fiches-travaux',
    ])
    const files = config.collections.flatMap((c) =>
      'files' in c ? c.files.map((f) => f.file) : [],
    )
    expect(files).toEqual([
      'content/data/glossary.json',
      'content/data/udaps.json',
      'content/data/udap-directory.json',
    ])
  })

  it('gives every field of the page schema, required as in the schema, then the body', () => {
    const names = (config.collections[0] as { fields: CmsField[] }).fields.map((f) => f.name)
    expect(names).toEqual([...Object.keys(pageSchema.shape), 'body'])
    const required = pageFields.filter((f) => f.required).map((f) => f.name)
    expect(required).toEqual(
      Object.entries(pageSchema.shape)
        .filter(([, s]) => !s.safeParse(undefined).success)
        .map(([k]) => k),
    )
  })

  it('enforces a date in the files’ format, lists with their minimum, choices with French labels', () => {
    expect(field(pageFields, 'lastReviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    })
    expect(field(pageFields, 'sources')).toMatchObject({ widget: 'list', min: 1 })
    expect(field(pageFields, 'section').options).toContainEqual({
      label: 'Fiches travaux',
      value: 'fiches-travaux',
    })
    expect(field(pageFields, 'relatedWorks')).toMatchObject({ widget: 'select', multiple: true })
    expect(field(pageFields, 'order')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 0,
    })
  })

  it.each([
    ['title', ''],
    ['title', 'ab'],
    ['title', 'Piscines'],
    ['description', 'trop court'],
    ['description', 'Une description de la bonne longueur pour la page.'],
    ['description', 'x'.repeat(161)],
  ])('accepts in the editor what the schema accepts: %s = "%s"', (name, value) => {
    const schemaAccepts = pageSchema.shape[name as 'title'].safeParse(value).success
    expect(editorAccepts(field(pageFields, name), value) && value !== '').toBe(schemaAccepts)
  })

  it.each([
    ['https://www.legifrance.gouv.fr/codes/', true],
    ['www.legifrance.gouv.fr', false],
    ['Légifrance', false],
  ])('accepts a source address like the schema: %s', (url, valid) => {
    const urlField = field(field(pageFields, 'sources').fields ?? [], 'url')
    expect(editorAccepts(urlField, url)).toBe(valid)
    expect(pageSchema.shape.sources.element.shape.url.safeParse(url).success).toBe(valid)
  })

  it('offers the reviewer as a select with French labels once the schema has it', () => {
    const withReviewer = pageSchema.extend({
      reviewedBy: z.enum(['juriste', 'abf', 'equipe']).optional(),
    })
    expect(field(fieldsOf(withReviewer, pageTexts), 'reviewedBy')).toEqual(
      expect.objectContaining({
        widget: 'select',
        required: false,
        options: [
          { label: 'Juriste', value: 'juriste' },
          { label: 'Architecte des Bâtiments de France', value: 'abf' },
          { label: 'Équipe nationale', value: 'equipe' },
        ],
      }),
    )
  })

  it('says in the hint of every required field that it is required, and of no optional one (RGAA 11.10)', () => {
    // Decap's `required` defaults to true; it marks only the optional ones « (optionnel) ». A
    // switch always holds a value: nothing to fill in, so no mark.
    const all = (fields: readonly CmsField[]): CmsField[] =>
      fields.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.field ? all([f.field]) : [])])
    const fields = all(
      config.collections.flatMap((c) =>
        'files' in c ? c.files.flatMap((file) => file.fields) : c.fields,
      ),
    )
    const marked = (f: CmsField) => f.hint?.startsWith(requiredMark) ?? false
    const required = fields.filter((f) => f.required !== false && f.widget !== 'boolean')
    const optional = fields.filter((f) => f.required === false || f.widget === 'boolean')
    expect(required.length).toBeGreaterThan(20)
    expect(optional.length).toBeGreaterThan(5)
    expect(required.filter((f) => !marked(f)).map((f) => f.name)).toEqual([])
    expect(optional.filter(marked).map((f) => f.name)).toEqual([])
    expect(field(pageFields, 'title').hint).toBe(
      'Obligatoire. Titre de la page (h1 et titre de l’onglet).',
    )
  })

  it('refuses a schema field without a French label, or a choice without one', () => {
    expect(() => fieldsOf(pageSchema.extend({ author: z.string() }), pageTexts)).toThrow(
      'no French label for the field author',
    )
    expect(() => fieldsOf(pageSchema.extend({ reviewedBy: z.enum(['autre']) }), pageTexts)).toThrow(
      '"autre"',
    )
  })
})

describe('the glossary guard', () => {
  const terms = guaranteedGlossaryIds.map((id) => ({ id }))

  it('lets a glossary with every cited anchor be saved', () => {
    expect(
      glossaryGuard([...terms, { id: 'nouveau-terme' }], guaranteedGlossaryIds),
    ).toBeUndefined()
  })

  it('refuses, in French, a glossary that lost a cited anchor (removed or renamed)', () => {
    const renamed = terms.map((t) => (t.id === 'covisibilite' ? { id: 'co-visibilite' } : t))
    expect(glossaryGuard(renamed, guaranteedGlossaryIds)).toBe(
      'Le terme d’ancre « covisibilite » est cité par d’autres pages : il ne peut être ni supprimé ni renommé.',
    )
  })
})
