import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  type GpuFeatureCollection,
  gpuFeatureCollectionSchema,
  protectionsFromGpu,
} from '../../src/domain/geodata/gpu-servitudes.ts'

const fixture = (name: string) => {
  const raw = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'geodata', 'gpu', `${name}.json`),
      'utf8',
    ),
  )
  return {
    assiettes: gpuFeatureCollectionSchema.parse(raw['assiette-sup-s']),
    generateurs: gpuFeatureCollectionSchema.parse(raw['generateur-sup-s']),
    documents: gpuFeatureCollectionSchema.parse(raw.document),
  }
}

const collection = (...properties: Record<string, unknown>[]): GpuFeatureCollection => ({
  type: 'FeatureCollection',
  features: properties.map((item) => ({ properties: item })),
})
const only = (...assiettes: Record<string, unknown>[]) =>
  protectionsFromGpu({ assiettes: collection(...assiettes), generateurs: null, documents: null })

describe('protections from the GPU answers (fixtures in the API Carto format)', () => {
  it.each([
    ['abords-500m', [['abords_mh', 'Eglise Saint-Pierre']]],
    ['pda', [['abords_mh', 'Tour de la Lanterne']]],
    [
      'spr-psmv',
      [
        ['spr', 'Site patrimonial remarquable de Lyon - Vieux Lyon'],
        ['abords_mh', 'Maison du Crible'],
      ],
    ],
    ['spr-pvap', [['spr', 'Site patrimonial remarquable de Tournus']]],
    ['site-inscrit', [['site_inscrit', 'Site inscrit des quais de Saône']]],
    ['site-classe', [['site_classe', 'Site classé du cirque de Gavarnie']]],
    [
      'several',
      [
        ['spr', 'Site patrimonial remarquable de Lyon - Vieux Lyon'],
        ['abords_mh', 'Maison du Crible'],
        ['abords_mh', 'Immeuble'],
        ['site_inscrit', 'Site inscrit des quais de Saône'],
      ],
    ],
    ['none', []],
  ])('%s', (name, expected) => {
    expect(protectionsFromGpu(fixture(name)).map((item) => [item.kind, item.name])).toEqual(
      expected,
    )
  })

  it('builds the act’s PDF address from partition, document id and file', () => {
    expect(protectionsFromGpu(fixture('abords-500m'))[0]?.actUrl).toBe(
      'https://data.geopf.fr/annexes/gpu/documents/172014607_SUP_23_AC1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/AC1_Eglise-Saint-Pierre-KQ3ZTA_19270514_act.pdf',
    )
  })
})

describe('abords: a radius or a delimited perimeter (PDA)', () => {
  const abords = {
    suptype: 'ac1',
    typeass: 'Périmètre des abords',
    idgen: 'AC1-1',
    idass: 'AC1-1-2',
  }
  it.each([
    ['a 500 m buffer', { modegeoass: 'Zone tampon', paramcalc: 500 }, 'rayon', 500],
    ['a buffer given as text', { modegeoass: 'Zone tampon', paramcalc: '500' }, 'rayon', 500],
    [
      'a buffer without its distance',
      { modegeoass: 'Zone tampon', paramcalc: null },
      'rayon',
      null,
    ],
    ['a drawn perimeter', { modegeoass: 'Digitalisation', paramcalc: null }, 'pda', null],
    ['a list of parcels', { modegeoass: 'Liste de parcelles' }, 'pda', null],
    [
      'a buffer named as a PDA',
      {
        modegeoass: 'Zone tampon',
        paramcalc: 500,
        nomsuplitt: 'Périmètre délimité des abords - La Gruette',
      },
      'pda',
      null,
    ],
    [
      'capitals and no accents',
      { modegeoass: 'ZONE TAMPON', paramcalc: 500, suptype: 'AC1' },
      'rayon',
      500,
    ],
  ])('%s', (_case, properties, perimeter, radiusMeters) => {
    expect(only({ ...abords, ...properties })).toMatchObject([
      { kind: 'abords_mh', perimeter, radiusMeters },
    ])
  })

  it('reads the monument’s own footprint as the monument itself', () => {
    expect(
      only({
        suptype: 'ac1',
        typeass: 'Monument historique',
        nomsuplitt: 'Hôtel de ville',
        idass: 'x',
      }),
    ).toMatchObject([{ kind: 'monument_historique', name: 'Hôtel de ville' }])
  })

  it('lists a servitude cut into several assiettes once', () => {
    const part = { ...abords, modegeoass: 'Zone tampon', paramcalc: 500 }
    expect(only(part, { ...part, idass: 'AC1-1-3' })).toHaveLength(1)
  })
})

describe('sites classés and inscrits (AC2)', () => {
  it.each([
    [{ nomsuplitt: 'Site classé de la vallée' }, 'site_classe'],
    [{ nomsuplitt: 'SITES CLASSES DU MASSIF' }, 'site_classe'],
    [{ nomsuplitt: 'Site inscrit du bourg' }, 'site_inscrit'],
    [{ nomass: 'AC2_SI_Bourg_ass' }, 'site_inscrit'],
    [{ nomass: 'AC2_SC_Vallee_ass' }, 'site_classe'],
    [{ nomsuplitt: 'Vallée de la Vézère' }, 'site'],
    [{ nomsuplitt: 'Parc déclassé' }, 'site'],
  ])('%o is %s', (properties, kind) => {
    expect(
      only({ suptype: 'ac2', typeass: 'Enceinte du site', idass: 'a', ...properties })[0]?.kind,
    ).toBe(kind)
  })

  it('takes the name and the kind from the générateur when the assiette says less', () => {
    const answers = {
      assiettes: collection({ suptype: 'ac2', idgen: 'G1', idass: 'A1', nomsuplitt: 'Vallée' }),
      generateurs: collection({ idgen: 'G1', nomgen: 'Site classé de la vallée', typegen: 'Site' }),
      documents: null,
    }
    expect(protectionsFromGpu(answers)).toMatchObject([
      { kind: 'site_classe', name: 'Site classé de la vallée' },
    ])
  })
})

describe('sites patrimoniaux remarquables (AC4) and their plan', () => {
  const spr = {
    suptype: 'ac4',
    typeass: 'Périmètre du SPR',
    idgen: 'S1',
    idass: 'S1-2',
    nomsuplitt: 'SPR de Bourg',
  }
  const psmvDocument = { du_type: 'PSMV', grid_title: 'PSMV du centre ancien', gpu_doc_id: 'd1' }
  it.each([
    ['no plan named', [spr], [], 'inconnu'],
    ['a PSMV document at the point', [spr], [psmvDocument], 'psmv'],
    [
      'a PVAP perimeter (AC4bis)',
      [spr, { suptype: 'ac4bis', idgen: 'P1', idass: 'P1-2' }],
      [],
      'pvap',
    ],
    ['a name that says AVAP', [{ ...spr, nomsuplitt: 'AVAP de Bourg' }], [], 'avap_zppaup'],
    [
      'a name that says secteur sauvegardé',
      [{ ...spr, nomsuplitt: 'Secteur sauvegardé de Bourg' }],
      [],
      'psmv',
    ],
  ])('%s', (_case, assiettes, documents, plan) => {
    const found = protectionsFromGpu({
      assiettes: collection(...assiettes),
      generateurs: null,
      documents: collection(...documents),
    })
    expect(found).toMatchObject([{ kind: 'spr', plan }])
  })

  it('counts a PSMV document without an AC4 line as an SPR', () => {
    const found = protectionsFromGpu({
      assiettes: collection(),
      generateurs: null,
      documents: collection({ du_type: 'PLU' }, psmvDocument),
    })
    expect(found).toEqual([
      { kind: 'spr', plan: 'psmv', id: 'd1', name: 'PSMV du centre ancien', actUrl: null },
    ])
  })

  it('ignores every other category of servitude', () => {
    expect(
      only(
        { suptype: 'pm1', idass: 'x' },
        { suptype: 'i4', idass: 'y' },
        { suptype: 'ac3', idass: 'z' },
      ),
    ).toEqual([])
  })

  it('rejects an answer that is not a FeatureCollection', () => {
    expect(
      gpuFeatureCollectionSchema.safeParse({ type: 'FeatureCollection', features: 'rien' }).success,
    ).toBe(false)
    expect(gpuFeatureCollectionSchema.safeParse({ features: [] }).success).toBe(false)
  })
})
