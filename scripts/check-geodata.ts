// `npm run check:geodata -- "<adresse>"`: asks the real geocoder and API Carto's GPU module (or
// the ones named by GEOCODER_URL / GPU_API_URL) about an address, and prints their raw answers,
// then what the address page would say. For a deployer to check the services from a machine.
import {
  geocoderResponseSchema,
  suggestionsFromGeocoder,
} from '../src/domain/geodata/address-suggestions.ts'
import { isInFrance } from '../src/domain/geodata/france-bounds.ts'
import {
  answerTitle,
  consultationHref,
  describeProtection,
  questionnaireHref,
} from '../src/domain/geodata/protection-answer.ts'
import { ConfigError, readGeodataConfig } from '../src/server/config.ts'
import { protectionsAt } from '../src/server/geodata/gpu-client.ts'
import { getUpstreamJson, UpstreamError } from '../src/server/geodata/upstream-json.ts'

const address = process.argv.slice(2).join(' ').trim()
if (address.length < 3) {
  console.error('Usage: npm run check:geodata -- "2 place des Terreaux Lyon"')
  process.exit(2)
}

const section = (title: string, value: unknown) =>
  console.log(
    `\n## ${title}\n${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}`,
  )

// Geometries are long and say nothing here: the properties are what the mapping reads.
const withoutGeometries = (collection: { features: { properties: unknown }[] } | null) =>
  collection?.features.map((feature) => feature.properties) ?? 'indisponible'

try {
  const config = readGeodataConfig()
  const url = new URL(`${config.geocoderUrl}/search`)
  url.search = new URLSearchParams({ q: address, limit: '1', index: 'address' }).toString()
  const geocoded = await getUpstreamJson(url, geocoderResponseSchema, AbortSignal.timeout(10_000))
  section(`Géocodeur, réponse brute (${url})`, geocoded.features[0] ?? 'aucune adresse')
  const suggestion = suggestionsFromGeocoder(geocoded)[0]
  if (!suggestion) {
    console.error('\nAucune adresse trouvée : essayez avec le numéro, la voie et la commune.')
    process.exit(1)
  }
  section('Adresse retenue', suggestion)
  if (!isInFrance(suggestion.lat, suggestion.lon)) {
    console.error('\nCette adresse est hors des territoires couverts.')
    process.exit(1)
  }
  const { protections, raw } = await protectionsAt(config.gpuApiUrl, suggestion)
  section(
    `GPU assiette-sup-s, propriétés brutes (${config.gpuApiUrl})`,
    withoutGeometries(raw.assiettes),
  )
  section('GPU generateur-sup-s, propriétés brutes', withoutGeometries(raw.generateurs))
  section('GPU document, propriétés brutes', withoutGeometries(raw.documents))
  section('Protections retenues', protections)
  const place = {
    address: suggestion.street,
    postcode: suggestion.postcode,
    commune: suggestion.commune,
    inseeCode: suggestion.inseeCode,
  }
  section(
    'Réponse affichée',
    [
      answerTitle(protections),
      ...protections.map((protection) => `- ${describeProtection(protection).sentence}`),
      `Quelle démarche : ${questionnaireHref(protections)}`,
      `Demander un conseil : ${consultationHref(place, protections)}`,
    ].join('\n'),
  )
} catch (error) {
  if (error instanceof UpstreamError) {
    const what = {
      timeout: 'ne répond pas à temps',
      unavailable: 'ne répond pas',
      malformed: 'répond dans un format inattendu',
    }
    console.error(`\nÉchec : le service ${error.url} ${what[error.failure]}.\n(${error.message})`)
    console.error(
      'Le réseau de cette machine permet-il de joindre data.geopf.fr et apicarto.ign.fr ?',
    )
    process.exit(1)
  }
  if (error instanceof ConfigError) {
    console.error(`\nConfiguration : ${error.message}`)
    process.exit(1)
  }
  throw error
}
