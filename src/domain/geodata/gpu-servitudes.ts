// Maps API Carto's GPU answers (assiette-sup-s, generateur-sup-s, document) to the protections
// the service speaks of. Categories of the CNIG "servitudes d'utilité publique" standard:
// AC1 monuments historiques and their abords, AC2 sites inscrits et classés, AC4 sites
// patrimoniaux remarquables (AC4bis: the PVAP's perimeter). Every other category is ignored.
import { z } from 'zod'
import { answerOrder, type FoundProtection, type SprPlan } from './found-protections.ts'

const feature = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
})

/** A GeoJSON FeatureCollection as API Carto answers it; properties are read field by field. */
export const gpuFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(feature),
})

export type GpuFeatureCollection = z.output<typeof gpuFeatureCollectionSchema>

export interface GpuAnswers {
  assiettes: GpuFeatureCollection
  /** Missing when that call failed: names then come from the assiettes alone. */
  generateurs: GpuFeatureCollection | null
  /** Missing when that call failed: a PSMV is then found only from the SUP's own names. */
  documents: GpuFeatureCollection | null
}

/** Where the GPU keeps the acts' PDF files (the pattern of the `fichier` field). */
export const gpuDocumentsBaseUrl = 'https://data.geopf.fr/annexes/gpu/documents'

type Properties = Record<string, unknown>

const text = (properties: Properties, key: string): string => {
  const value = properties[key]
  return typeof value === 'string' ? value.trim() : ''
}

// Accents and case vary between producers ("Périmètre délimité", "PERIMETRE DELIMITE").
const plain = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

function actUrl(properties: Properties): string | null {
  const fichier = text(properties, 'fichier')
  const partition = text(properties, 'partition')
  const documentId = text(properties, 'gpu_doc_id')
  if (fichier && partition && documentId && /\.pdf$/i.test(fichier)) {
    return `${gpuDocumentsBaseUrl}/${encodeURIComponent(partition)}/${encodeURIComponent(documentId)}/${encodeURIComponent(fichier)}`
  }
  const url = text(properties, 'urlreg')
  return /^https?:\/\//.test(url) ? url : null
}

function radiusOf(properties: Properties): number | null {
  const value = Number(properties.paramcalc)
  return Number.isFinite(value) && value > 0 ? value : null
}

function sprPlanFrom(words: string): SprPlan {
  if (/\bpsmv\b|plan de sauvegarde|secteur sauvegarde/.test(words)) return 'psmv'
  if (/\bpvap\b|plan de valorisation/.test(words)) return 'pvap'
  if (/\bavap\b|\bzppaup\b|aire de mise en valeur|zone de protection du patrimoine/.test(words))
    return 'avap_zppaup'
  return 'inconnu'
}

function siteKindFrom(words: string): 'site_classe' | 'site_inscrit' | 'site' {
  if (/\bsites? classes?\b/.test(words)) return 'site_classe'
  if (/\bsites? inscrits?\b/.test(words)) return 'site_inscrit'
  // Names built by the national naming rules: AC2_SC_… / AC2_SI_….
  if (/(^|[_\s-])sc[_\s-]/.test(words)) return 'site_classe'
  if (/(^|[_\s-])si[_\s-]/.test(words)) return 'site_inscrit'
  return 'site'
}

function fromAssiette(
  properties: Properties,
  generator: Properties | undefined,
): FoundProtection | null {
  const category = plain(text(properties, 'suptype'))
  const typeass = plain(text(properties, 'typeass'))
  const id = text(properties, 'idass') || text(properties, 'idgen') || text(properties, 'nomass')
  const name = (generator && text(generator, 'nomgen')) || text(properties, 'nomsuplitt') || null
  const words = plain(
    [
      text(properties, 'nomsuplitt'),
      text(properties, 'nomass'),
      typeass,
      generator ? text(generator, 'nomgen') : '',
      generator ? text(generator, 'typegen') : '',
    ].join(' '),
  )
  const common = { id, name, actUrl: actUrl(properties) }
  switch (category) {
    case 'ac1': {
      if (typeass === 'monument historique') return { ...common, kind: 'monument_historique' }
      // A radius is a buffer ("Zone tampon", paramcalc = 500); any other drawn perimeter is a
      // PDA — the LCAP law of 2016 turned the former PPA and PPM into PDA.
      const delimited =
        /perimetre delimite|\bpda\b|_pda\b/.test(words) ||
        plain(text(properties, 'modegeoass')) !== 'zone tampon'
      return delimited
        ? { ...common, kind: 'abords_mh', perimeter: 'pda', radiusMeters: null }
        : { ...common, kind: 'abords_mh', perimeter: 'rayon', radiusMeters: radiusOf(properties) }
    }
    case 'ac2':
      return { ...common, kind: siteKindFrom(words) }
    case 'ac4':
      return { ...common, kind: 'spr', plan: sprPlanFrom(words) }
    case 'ac4bis':
      return { ...common, kind: 'spr', plan: 'pvap' }
    default:
      return null
  }
}

const propertiesOf = (collection: GpuFeatureCollection | null): Properties[] =>
  (collection?.features ?? []).flatMap((item) => (item.properties ? [item.properties] : []))

/** The protections at a point, strictest first, without duplicates. */
export function protectionsFromGpu(answers: GpuAnswers): FoundProtection[] {
  const generators = new Map(
    propertiesOf(answers.generateurs).map((generator) => [text(generator, 'idgen'), generator]),
  )
  const found: FoundProtection[] = []
  const pvapPerimeters: FoundProtection[] = []
  const seen = new Set<string>()
  for (const properties of propertiesOf(answers.assiettes)) {
    const protection = fromAssiette(properties, generators.get(text(properties, 'idgen')))
    if (!protection) continue
    // One servitude can come as several assiettes (parts of a perimeter): one line each.
    const key = `${protection.kind}|${text(properties, 'idgen') || protection.id}`
    if (seen.has(key)) continue
    seen.add(key)
    if (plain(text(properties, 'suptype')) === 'ac4bis') pvapPerimeters.push(protection)
    else found.push(protection)
  }
  return withSprPlans(found, pvapPerimeters, propertiesOf(answers.documents)).sort(
    (a, b) => answerOrder.indexOf(a.kind) - answerOrder.indexOf(b.kind),
  )
}

// A PSMV is an urban-planning document of its own in the GPU (du_type PSMV): when one covers
// the point, the SPR there is ruled by it. A PVAP's perimeter (AC4bis) names the plan of the
// SPR it lies in, and stands for that SPR only when no AC4 line is there.
function withSprPlans(
  found: FoundProtection[],
  pvapPerimeters: FoundProtection[],
  documents: Properties[],
): FoundProtection[] {
  const psmv = documents.find((document) => plain(text(document, 'du_type')) === 'psmv')
  const hasSpr = found.some((item) => item.kind === 'spr')
  const planned = found.map((item): FoundProtection => {
    if (item.kind !== 'spr' || item.plan !== 'inconnu') return item
    if (psmv) return { ...item, plan: 'psmv' }
    return pvapPerimeters.length > 0 ? { ...item, plan: 'pvap' } : item
  })
  if (hasSpr) return planned
  if (pvapPerimeters.length > 0) return [...planned, ...pvapPerimeters]
  if (!psmv) return planned
  return [
    ...planned,
    {
      kind: 'spr',
      plan: 'psmv',
      id: text(psmv, 'gpu_doc_id') || text(psmv, 'partition') || 'psmv',
      name: text(psmv, 'grid_title') || text(psmv, 'name') || null,
      actUrl: null,
    },
  ]
}
