import communes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' }
import type { APIRoute } from 'astro'
import udaps from '../../../content/data/udaps.json' with { type: 'json' }
import { writeCommuneIndex } from '../../domain/commune-index.ts'

/**
 * The commune index the form loads on the first keystroke (static, no network at run time), with
 * the UDAP of each département so that the form says who will receive the request.
 */
export const GET: APIRoute = () =>
  new Response(
    writeCommuneIndex(communes, Object.fromEntries(udaps.map((udap) => [udap.code, udap.name]))),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
