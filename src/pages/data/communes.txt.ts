import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { APIRoute } from 'astro'
import udaps from '../../../content/data/udaps.json' with { type: 'json' }
import { type OfficialCommune, writeCommuneIndex } from '../../domain/commune-index.ts'

// The official list (8.6 MB of JSON) is read when the page is built, not imported: bundling it
// cost every build several seconds whatever the number of pages.
const communesFile = createRequire(join(process.cwd(), 'package.json')).resolve(
  '@etalab/decoupage-administratif/data/communes.json',
)

/**
 * The commune index the form loads on the first keystroke (static, no network at run time), with
 * the UDAP of each département so that the form says who will receive the request.
 */
export const GET: APIRoute = async () => {
  const communes = JSON.parse(await readFile(communesFile, 'utf8')) as OfficialCommune[]
  return new Response(
    writeCommuneIndex(communes, Object.fromEntries(udaps.map((udap) => [udap.code, udap.name]))),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
}
