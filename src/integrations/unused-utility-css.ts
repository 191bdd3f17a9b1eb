import { readdirSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { inWorker } from './in-worker.ts'

/**
 * The DSFR stylesheets carry thousands of utility and variant rules — spacing (.fr-mt-2w), grid
 * columns (.fr-col-md-6), accent colours (.fr-callout--green-menthe) — of which a page uses a
 * few dozen: more than a tenth of their gzipped weight. Selectors that need one of these classes
 * while no built page or script mentions it can never match, and are dropped; this keeps every
 * page under its 50 kB CSS budget with the components it needs. Only these families are
 * touched: the DSFR script adds component classes at run time, never these.
 */
const purgeable = [
  /^fr-[mp][trblxy]?(?:-(?:xs|sm|md|lg|xl|first))*-(?:n?\d+(?:-\d+)?[vw]|auto|0)$/,
  /^fr-col(?:-offset)?(?:-(?:xs|sm|md|lg|xl))?(?:-\d+)?(?:--right)?$/,
  /^fr-[a-z]+--(?:green|blue|purple|pink|yellow|orange|brown|beige)-[a-z-]+$/,
]

/** Class names the built site uses: in its HTML class attributes and anywhere in its scripts. */
export function usedClassNames(html: string[], scripts: string[]): Set<string> {
  const used = new Set<string>()
  const seen = new Set<string>()
  for (const page of html) addPageClassNames(used, page, seen)
  for (const script of scripts) addScriptClassNames(used, script)
  return used
}

/** Adds a page's class names; `seen` keeps the class attributes already split (pages of one
 * layout repeat nearly all of theirs). */
function addPageClassNames(used: Set<string>, html: string, seen: Set<string>): void {
  for (const attribute of html.match(/class="[^"]*"/g) ?? []) {
    if (seen.has(attribute)) continue
    seen.add(attribute)
    for (const name of attribute.slice(7, -1).split(/\s+/)) used.add(name)
  }
}

function addScriptClassNames(used: Set<string>, script: string): void {
  for (const match of script.matchAll(/fr-[\w-]+/g)) used.add(match[0])
}

/** Whether a selector needs a purgeable class the site never uses (:not(), :is()… aside). */
function deadSelector(selector: string, used: Set<string>): boolean {
  const required = selector.replace(/:(?:not|is|where|has)\([^)]*\)/g, '')
  return [...required.matchAll(/\.([\w-]+)/g)].some(([, name = '']) =>
    purgeable.some((pattern) => pattern.test(name) && !used.has(name)),
  )
}

/** A selector list split on its top-level commas (not those inside :not(a, b)). */
function splitSelectors(list: string): string[] {
  const selectors: string[] = []
  let depth = 0
  let start = 0
  for (let index = 0; index < list.length; index++) {
    const char = list[index]
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === ',' && depth === 0) {
      selectors.push(list.slice(start, index))
      start = index + 1
    }
  }
  selectors.push(list.slice(start))
  return selectors
}

/** The stylesheet without the selectors that can never match, and the rules left with none. */
export function dropUnusedUtilities(css: string, used: Set<string>): string {
  return css.replace(
    /(?<=^|[{}])([^{}@]+)\{([^{}]*)\}/g,
    (rule, selectors: string, body: string) => {
      const all = splitSelectors(selectors)
      const live = all.filter((selector) => !deadSelector(selector, used))
      if (live.length === 0) return ''
      return live.length === all.length ? rule : `${live.join(',')}{${body}}`
    },
  )
}

/** Drops the unused utilities from every stylesheet of the built site; answers the bytes saved. */
export async function dropUnusedUtilitiesFromSite(outDir: string): Promise<number> {
  // Synchronous listing and reads: for thousands of small pages, cheaper than the thread pool's
  // round trips.
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  const read = (name: string) => readFileSync(join(outDir, name), 'utf8')
  // One file at a time: memory stays flat whatever the number of pages.
  const used = new Set<string>()
  const seen = new Set<string>()
  for (const name of files.filter((file) => file.endsWith('.html')))
    addPageClassNames(used, read(name), seen)
  for (const name of files.filter((file) => file.endsWith('.js') && !file.startsWith('pagefind')))
    addScriptClassNames(used, read(name))
  let saved = 0
  for (const name of files.filter((file) => file.endsWith('.css'))) {
    const css = await readFile(join(outDir, name), 'utf8')
    const kept = dropUnusedUtilities(css, used)
    saved += css.length - kept.length
    if (kept !== css) await writeFile(join(outDir, name), kept)
  }
  return saved
}

export function unusedUtilityCss(): AstroIntegration {
  return {
    name: 'dedale:unused-utility-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const saved = await inWorker<number>(
          new URL('./unused-utility-css.ts', import.meta.url),
          'dropUnusedUtilitiesFromSite',
          [fileURLToPath(dir)],
        )
        logger.info(`Unused DSFR utilities removed: ${(saved / 1024).toFixed(0)} kB.`)
      },
    },
  }
}
