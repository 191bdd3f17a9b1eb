import { z } from 'astro/zod'
import { keysOf, worksTypes } from '../domain/taxonomy.ts'
import { contentSectionKeys } from './site.ts'

/** Frontmatter of every content page; the build fails on a page that does not match. */
export const pageSchema = z.strictObject({
  // Page title (h1 and <title>).
  title: z.string().min(3),
  // Meta description for search engines: 160 characters at most.
  description: z.string().min(20).max(160),
  // Section of the site the page belongs to (navigation, breadcrumb, search filters).
  section: z.enum(contentSectionKeys),
  // Position of the page within its section (menus and section index).
  order: z.number().int().min(0),
  // Date of the last review of the text against its sources.
  lastReviewed: z.coerce.date(),
  // Who last reviewed the page against the law (shown next to the date; labels in reviewers).
  reviewedBy: z.enum(['juriste', 'abf', 'equipe']).optional(),
  // Official texts and pages the content rests on.
  sources: z.array(z.strictObject({ title: z.string().min(3), url: z.url() })).min(1),
  // Questions and answers shown on the page and marked up as FAQPage.
  faq: z
    .array(z.strictObject({ question: z.string().min(5), answer: z.string().min(5) }))
    .optional(),
  // Types of works the page is about (links to the fiches travaux, questionnaire prefill).
  relatedWorks: z.array(z.enum(keysOf(worksTypes))).optional(),
})

/** How each reviewer is named next to the last-review date. */
export const reviewers = {
  juriste: 'Juriste',
  abf: 'Architecte des Bâtiments de France',
  equipe: 'Équipe nationale',
} as const satisfies Record<NonNullable<z.infer<typeof pageSchema>['reviewedBy']>, string>
