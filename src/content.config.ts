import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { pageSchema } from './site/content-schema.ts'

/** Every content page: what it is, when it was last checked, and on what it rests. */
const pages = defineCollection({
  // DEDALE_CONTENT_DIR: another content folder, for the build benchmark's synthetic pages.
  loader: glob({ pattern: '**/*.mdx', base: process.env.DEDALE_CONTENT_DIR ?? './content/pages' }),
  schema: pageSchema,
})

export const collections = { pages }
