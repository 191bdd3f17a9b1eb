import { z } from 'zod'
import { glossaryTerm } from '../data/glossary.ts'
import { directory, udap } from '../data/udap-directory.ts'
import { pageSchema } from '../site/content-schema.ts'
import { dataCollection, jsonFormat, pageFolders, pageFormat } from './collections.ts'
import {
  directoryTexts,
  type FieldText,
  glossaryTexts,
  pageTexts,
  udapTexts,
} from './field-texts.ts'

/**
 * The Decap CMS configuration (dist/admin/config.yml), generated from the zod schemas that the
 * build checks, so that the editor asks for what the build expects: required fields, lists and
 * their minimum length, choices, date format and patterns cannot drift from the schemas.
 */

/** Decap's field options (https://decapcms.org/docs/widgets/), as far as this site uses them. */
export interface CmsField {
  name: string
  label: string
  widget: string
  required?: boolean
  hint?: string
  pattern?: [string, string]
  options?: { label: string; value: string }[]
  multiple?: boolean
  min?: number
  max?: number
  value_type?: 'int'
  fields?: CmsField[]
  field?: CmsField
  summary?: string
  collapsed?: boolean
  default?: unknown
  format?: string
  date_format?: string
  time_format?: boolean
  picker_utc?: boolean
  modes?: string[]
  sanitize_preview?: boolean
}

interface JsonSchema {
  type?: string
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  enum?: string[]
  items?: JsonSchema
  minItems?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  additionalProperties?: unknown
}

const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // z.coerce.date(): a calendar date, written YYYY-MM-DD in the files.
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date')
        ctx.jsonSchema.format = 'date'
    },
  }) as JsonSchema

const lengthPattern = ({ minLength = 0, maxLength }: JsonSchema): [string, string] | undefined => {
  if (minLength <= 1 && maxLength === undefined) return undefined
  if (maxLength === undefined)
    return [`^[\\s\\S]{${minLength},}$`, `Au moins ${minLength} caractères.`]
  return [`^[\\s\\S]{${minLength},${maxLength}}$`, `Entre ${minLength} et ${maxLength} caractères.`]
}

/**
 * RGAA 11.10: Decap marks an optional field « (optionnel) » beside its label but says nothing of a
 * required one (its `required` defaults to true), so a required field's hint says it first.
 */
export const requiredMark = 'Obligatoire.'
const requiredHint = (hint?: string) => (hint ? `${requiredMark} ${hint}` : requiredMark)
const hintFor = (required: boolean, hint?: string) => (required ? requiredHint(hint) : hint)

const choices = (values: string[], text: FieldText, path: string) =>
  values.map((value) => {
    const label = text.options?.[value]
    if (!label) throw new Error(`CMS: no French label for the value "${value}" of ${path}`)
    return { label, value }
  })

function cmsField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  text: FieldText,
  path: string,
): CmsField {
  const nonNull = schema.anyOf?.find((option) => option.type !== 'null')
  if (nonNull) return cmsField(name, nonNull, false, text, path)
  // A switch always holds a value (off by default): there is nothing the editor must fill in.
  const hint = schema.type === 'boolean' ? text.hint : hintFor(required, text.hint)
  const base = { name, label: text.label, required, ...(hint ? { hint } : {}) }
  if (schema.format === 'date')
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD/MM/YYYY',
      time_format: false,
      picker_utc: true,
    }
  if (schema.type === 'boolean') return { ...base, widget: 'boolean', default: false }
  if (schema.type === 'integer' || schema.type === 'number')
    return {
      ...base,
      widget: 'number',
      ...(schema.type === 'integer' ? { value_type: 'int' as const } : {}),
      ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
    }
  if (schema.enum) return { ...base, widget: 'select', options: choices(schema.enum, text, path) }
  if (schema.type === 'array' && schema.items) {
    const min = schema.minItems ? { min: schema.minItems } : {}
    const items = schema.items
    if (items.enum)
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options: choices(items.enum, text, path),
        ...min,
      }
    if (items.type === 'object')
      return {
        ...base,
        widget: 'list',
        collapsed: true,
        ...(text.summary ? { summary: text.summary } : {}),
        fields: cmsFields(items, text.fields ?? {}, path),
        ...min,
      }
    return {
      ...base,
      widget: 'list',
      field: cmsField('value', items, true, { label: text.label }, path),
      ...min,
    }
  }
  if (schema.type === 'string') {
    const widget = text.multiline ? 'text' : 'string'
    let pattern: [string, string] | undefined
    if (schema.pattern) {
      if (!text.patternMessage) throw new Error(`CMS: no French message for the pattern of ${path}`)
      pattern = [schema.pattern, text.patternMessage]
    } else if (schema.format === 'uri')
      pattern = ['^https?://\\S+$', 'Une adresse web complète, commençant par https://']
    else if (schema.format === 'email')
      pattern = [
        '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
        text.patternMessage ?? 'Une adresse électronique.',
      ]
    else pattern = lengthPattern(schema)
    return { ...base, widget, ...(pattern ? { pattern } : {}) }
  }
  throw new Error(
    `CMS: the field ${path} has a shape the CMS cannot edit; list it as edited in the file`,
  )
}

/** The CMS fields of an object schema, in the schema's order; `fileOnly` fields are left out. */
export function cmsFields(
  schema: JsonSchema,
  texts: Record<string, FieldText>,
  path = '',
  fileOnly: readonly string[] = [],
): CmsField[] {
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !fileOnly.includes(name))
    .map(([name, property]) => {
      const text = texts[name]
      if (!text) throw new Error(`CMS: no French label for the field ${path}${name}`)
      return cmsField(
        name,
        property,
        schema.required?.includes(name) ?? false,
        text,
        `${path}${name}`,
      )
    })
}

export const fieldsOf = (
  schema: z.ZodType,
  texts: Record<string, FieldText>,
  fileOnly: readonly string[] = [],
) => cmsFields(jsonSchemaOf(schema), texts, '', fileOnly)

/** The page body: raw MDX, so that components and tables are saved exactly as written. */
const bodyField: CmsField = {
  name: 'body',
  label: 'Texte de la page',
  widget: 'markdown',
  modes: ['raw'],
  sanitize_preview: true,
  hint: requiredHint(
    'Markdown : ## pour un intertitre. Les liens et les composants (Callout, Steps…) s’écrivent comme l’explique le guide d’édition.',
  ),
}

/** Fields of the UDAP directory file edited only in the file (by a developer): not a form shape. */
export const directoryFileOnly = ['departements'] as const

export interface CmsOptions {
  /** The GitHub repository, "owner/name". */
  repository: string
  branch?: string
  siteUrl: string
}

export function cmsConfig({ repository, branch = 'main', siteUrl }: CmsOptions) {
  const pageFields = fieldsOf(pageSchema, pageTexts)
  return {
    locale: 'fr',
    backend: { name: 'github', repo: repository, branch, squash_merges: true },
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: 'public/medias',
    public_folder: '/medias',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...pageFolders.map(({ name, label, folder, create }) => ({
        name,
        label,
        label_singular: 'page',
        folder,
        extension: 'mdx',
        format: pageFormat,
        create,
        delete: false,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'order', 'lastReviewed'],
        fields: [
          ...pageFields.map((field) =>
            create && field.name === 'section' ? { ...field, default: name } : field,
          ),
          bodyField,
        ],
      })),
      {
        ...dataCollection,
        format: jsonFormat,
        extension: 'json',
        delete: false,
        files: [
          {
            name: 'glossaire',
            label: 'Glossaire',
            file: 'content/data/glossary.json',
            fields: [
              {
                name: 'items',
                label: 'Termes',
                hint: requiredHint('Au moins un terme.'),
                widget: 'list',
                collapsed: true,
                summary: '{{fields.term}}',
                min: 1,
                fields: fieldsOf(glossaryTerm, glossaryTexts),
              },
            ],
          },
          {
            name: 'udap',
            label: 'Annuaire des UDAP',
            file: 'content/data/udaps.json',
            fields: [
              {
                name: 'items',
                label: 'UDAP',
                hint: requiredHint(),
                widget: 'list',
                collapsed: true,
                summary: '{{fields.code}} — {{fields.name}}',
                fields: fieldsOf(udap, udapTexts),
              },
            ],
          },
          {
            name: 'regions',
            label: 'Services régionaux (DRAC)',
            file: 'content/data/udap-directory.json',
            fields: fieldsOf(directory, directoryTexts, directoryFileOnly),
          },
        ],
      },
    ],
  }
}

/** "owner/name" from CMS_REPOSITORY, or from the REPOSITORY_URL that Netlify sets on its builds. */
export function cmsRepository(env: Record<string, string | undefined>): string | undefined {
  if (env.CMS_REPOSITORY) return env.CMS_REPOSITORY
  const match = env.REPOSITORY_URL?.match(/github\.com[/:]([^/]+\/[^/.]+)/)
  return match?.[1]
}
