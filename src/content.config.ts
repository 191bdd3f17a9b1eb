import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

/** Every content page: what it is, when it was last checked, and on what it rests. */
const pages = defineCollection({
  // DEDALE_CONTENT_DIR: another content folder, for the build benchmark's synthetic pages.
  loader: glob({ pattern: '**/*.mdx', base: process.env.DEDALE_CONTENT_DIR ?? './content/pages' }),
  schema: z.strictObject({
    // Page title (h1 and <title>).
    title: z.string().min(3),
    // Meta description for search engines: 160 characters at most.
    description: z.string().min(20).max(160),
    // Date of the last review of the text against its sources.
    lastReviewed: z.coerce.date(),
    // Official texts and pages the content rests on.
    sources: z.array(z.strictObject({ title: z.string().min(3), url: z.url() })).min(1),
  }),
})

export const collections = { pages }
