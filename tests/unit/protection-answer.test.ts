import { describe, expect, it } from 'vitest'
import { routeToUdap } from '../../src/domain/departement.ts'
import type { FoundProtection } from '../../src/domain/geodata/found-protections.ts'
import { isInFrance } from '../../src/domain/geodata/france-bounds.ts'
import {
  answerTitle,
  consultationHref,
  describeProtection,
  protectionKeys,
  questionnaireHref,
} from '../../src/domain/geodata/protection-answer.ts'

const common = { id: 'x', actUrl: null }
const abords500: FoundProtection = {
  ...common,
  kind: 'abords_mh',
  perimeter: 'rayon',
  radiusMeters: 500,
  name: 'Eglise Saint-Blaise',
}
const pda: FoundProtection = {
  ...common,
  kind: 'abords_mh',
  perimeter: 'pda',
  radiusMeters: null,
  name: null,
}
const psmv: FoundProtection = { ...common, kind: 'spr', plan: 'psmv', name: 'SPR de Lyon' }
const inscrit: FoundProtection = { ...common, kind: 'site_inscrit', name: 'Quais de Saône' }
const classe: FoundProtection = { ...common, kind: 'site_classe', name: null }
const site: FoundProtection = { ...common, kind: 'site', name: 'Vallée' }
const lyon = {
  address: '2 Place des Terreaux',
  postcode: '69001',
  commune: 'Lyon',
  inseeCode: '69381',
}

describe('the answer’s sentences', () => {
  it.each([
    [
      abords500,
      'Votre adresse est dans les abords du monument historique « Eglise Saint-Blaise » (périmètre de 500 m).',
      'covisibilité',
    ],
    [
      pda,
      'Votre adresse est dans le périmètre délimité des abords (PDA) d’un monument historique.',
      'visible ou non',
    ],
    [
      psmv,
      'Votre adresse est dans un site patrimonial remarquable : « SPR de Lyon » (plan de sauvegarde et de mise en valeur, PSMV).',
      'remplace le plan local d’urbanisme',
    ],
    [inscrit, 'Votre adresse est dans un site inscrit : « Quais de Saône ».', 'avis simple'],
    [classe, 'Votre adresse est dans un site classé.', 'autorisation spéciale'],
    [
      site,
      'Votre adresse est dans un site protégé : « Vallée » ; les données ne disent pas s’il est classé ou inscrit.',
      'lequel s’applique',
    ],
  ])('%o', (protection, sentence, meaning) => {
    const line = describeProtection(protection)
    expect(line.sentence).toBe(sentence)
    expect(line.meaning).toContain(meaning)
    expect(
      line.learnMore.every((link) => /^\/(comprendre|demarches)\/[a-z-]+\/$/.test(link.href)),
    ).toBe(true)
  })

  it.each([
    [[], 'Nous n’avons trouvé aucune protection patrimoniale enregistrée à cette adresse.'],
    [[inscrit], 'Nous avons trouvé une protection patrimoniale à cette adresse.'],
    [[psmv, abords500, inscrit], 'Nous avons trouvé 3 protections patrimoniales à cette adresse.'],
  ])('titles %j', (protections, title) => {
    expect(answerTitle(protections)).toBe(title)
  })
})

describe('the next steps’ links', () => {
  it('lists the taxonomy’s keys, strictest first, once each; unsure kinds add none', () => {
    expect(protectionKeys([inscrit, abords500, pda, psmv, site, classe])).toEqual([
      'site_classe',
      'spr',
      'abords_mh',
      'site_inscrit',
    ])
  })

  it.each([
    [[psmv, abords500], '/quelle-demarche/?protection=spr&protection=abords_mh'],
    [[], '/quelle-demarche/'],
    [[site], '/quelle-demarche/'],
  ])('questionnaire for %j', (protections, href) => {
    expect(questionnaireHref(protections)).toBe(href)
  })

  it.each([
    [lyon, [inscrit, psmv], { protection: 'spr', ...lyon }],
    [lyon, [], { protection: 'je_ne_sais_pas', ...lyon }],
    [lyon, null, { protection: 'je_ne_sais_pas', ...lyon }],
    [null, null, { protection: 'je_ne_sais_pas' }],
  ])('consultation form for %j with %j', (place, protections, expected) => {
    const href = new URL(consultationHref(place, protections), 'http://localhost')
    expect(href.pathname).toBe('/demander-un-conseil/')
    expect(Object.fromEntries(href.searchParams)).toEqual(expected)
  })

  it.each([
    ['69381', '69001', '69'],
    ['75101', '75001', '75'],
    ['13201', '13001', '13'],
  ])(
    'the arrondissement’s INSEE code %s routes to its département’s UDAP',
    (inseeCode, postcode, udap) => {
      expect(routeToUdap({ inseeCode, postcode })).toBe(udap)
    },
  )
})

describe('France’s bounds', () => {
  it.each([
    ['Paris', 48.8566, 2.3522, true],
    ['Ajaccio', 41.9192, 8.7386, true],
    ['Brest', 48.3904, -4.4861, true],
    ['Strasbourg', 48.5734, 7.7521, true],
    ['Pointe-à-Pitre', 16.2411, -61.5331, true],
    ['Fort-de-France', 14.6037, -61.0731, true],
    ['Cayenne', 4.9224, -52.3135, true],
    ['Saint-Denis (La Réunion)', -20.8821, 55.4507, true],
    ['Mamoudzou', -12.7806, 45.2279, true],
    ['New York', 40.7128, -74.006, false],
    ['Londres', 51.5072, -0.1276, false],
    ['Madrid', 40.4168, -3.7038, false],
    ['Nouméa (hors des départements couverts)', -22.2758, 166.458, false],
  ])('%s', (_place, lat, lon, inside) => {
    expect(isInFrance(lat, lon)).toBe(inside)
  })
})
