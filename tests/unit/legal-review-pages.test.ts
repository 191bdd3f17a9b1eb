// The findings of the November 2026 legal review that live in the pages' text: each page must
// keep the corrected statement and must not state the old one again.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const page = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../content/pages', name), 'utf8').replace(/\s+/g, ' ')

describe('pages corrected after the legal review', () => {
  it('1: several protections do not simply add up', () => {
    const text = page('parcours/savoir-si-mon-terrain-est-protege.mdx')
    expect(text).not.toContain('Chaque protection apporte ses règles')
    expect(text).toContain('les règles du site inscrit ne s’appliquent pas')
  })

  it('3: a DP’s silence is a non-opposition that can be withdrawn, not a refusal', () => {
    for (const name of ['demarches/declaration-prealable.mdx', 'demarches/delais-et-silence.mdx'])
      expect(page(name)).toMatch(/retirer dans les 3 mois/)
  })

  it('9: works on an MH inscrit are a permis de construire', () => {
    expect(page('comprendre/monuments-historiques.mdx')).toContain('R421-16')
    expect(page('demarches/travaux-sur-monument-historique.mdx')).toContain('R421-16')
    expect(page('fiches-travaux/facades-et-ravalement.mdx')).not.toContain(
      'Autorisation d’urbanisme selon les travaux',
    )
  })

  it('11: the ABF’s silence is a refusal for a demolition in a site inscrit', () => {
    expect(page('parcours/deposer-et-suivre-ma-demande.mdx')).toContain(
      'sauf pour une démolition en site inscrit',
    )
  })

  it('12: the opening of works is declared for permits only', () => {
    const text = page('parcours/deposer-et-suivre-ma-demande.mdx')
    expect(text).not.toContain('Déclarez l’ouverture du chantier puis l’achèvement')
    expect(text).toContain('Pour un permis, déclarez l’ouverture du chantier')
  })

  it('13: an MH classé file goes to the UDAP', () => {
    expect(page('demarches/travaux-sur-monument-historique.mdx')).not.toContain('DRAC ou de l’UDAP')
    expect(page('comprendre/monuments-historiques.mdx')).toContain('R621-12')
  })

  it('14: the site inscrit page no longer speaks of a review still under way', () => {
    const text = page('comprendre/sites-inscrits.mdx')
    expect(text).not.toContain('en cours de réexamen')
    expect(text).toContain('novembre 2026')
  })

  it('15: no appeal needed when the mayor has already contested the ABF’s opinion', () => {
    expect(page('demarches/contester-un-avis-de-l-abf.mdx')).toContain('n° 334747')
  })
})
