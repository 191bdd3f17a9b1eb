import { describe, expect, it } from 'vitest'
import {
  answersFromQuery,
  hasResult,
  parseSize,
  queryFromAnswers,
} from '../../src/domain/procedure-answers.ts'

const parse = (query: string) => answersFromQuery(new URLSearchParams(query))

describe('questionnaire answers ↔ query string', () => {
  it('reads every answer under its field name', () => {
    expect(
      parse(
        'protection=abords_mh&abords=pda&protection=spr&travaux=extension_veranda_annexe&travaux=devanture_enseigne&entretien=non&construction=extension&surface=30&hauteur=4&zone_u=oui&surface_totale=120&cloture=mur&hauteur_mur=1,8&surface_piscine=32&commerce=enseigne&erp=inconnu',
      ),
    ).toEqual({
      protections: ['abords_mh', 'spr'],
      abords: 'pda',
      works: ['extension_veranda_annexe', 'devanture_enseigne'],
      entretien: 'non',
      annexe: 'extension',
      surface: 30,
      hauteur: 4,
      zoneU: 'oui',
      surfaceTotale: 120,
      cloture: 'mur',
      hauteurMur: 1.8,
      surfacePiscine: 32,
      commerce: ['enseigne'],
      erp: 'inconnu',
    })
  })

  it('writes what it reads, in a stable order', () => {
    const query =
      'protection=site_inscrit&travaux=demolition&travaux=piscine&entretien=oui&surface_piscine=12.5&erp=non'
    expect(queryFromAnswers(parse(query))).toBe(query)
    const answers = parse(query)
    expect(parse(queryFromAnswers(answers))).toEqual(answers)
  })

  it.each([
    ['protection=inconnue&protection=spr', { protections: ['spr'] }],
    ['protection=spr&protection=spr', { protections: ['spr'] }],
    ['travaux=jacuzzi', { works: [] }],
    ['abords=loin', {}],
    ['zone_u=peut-etre', {}],
    ['surface=beaucoup', {}],
    ['surface=-3', {}],
    ['commerce=vitrine&commerce=devanture', { commerce: ['devanture'] }],
    ['constructor=1&__proto__=x', {}],
  ])('ignores what it does not know: %s', (query, expected) => {
    expect(parse(query)).toEqual({ protections: [], works: [], commerce: [], ...expected })
  })

  it.each([
    ['12', 12],
    ['12,5', 12.5],
    [' 30 m² ', 30],
    ['30m2', 30],
    ['2 m', 2],
    ['', undefined],
    ['1e3', undefined],
    ['12 mètres carrés', undefined],
    [null, undefined],
  ])('reads the size %o as %o', (text, expected) => {
    expect(parseSize(text)).toBe(expected)
  })

  it('shows a result once the works are known; a protection alone only presets the questions', () => {
    expect(hasResult(parse('protection=spr'))).toBe(false)
    expect(hasResult(parse('protection=spr&travaux=toiture'))).toBe(true)
  })
})
