import { describe, expect, it } from 'vitest'
import { inlineLinks, withoutLinks } from '../../src/site/inline-links.ts'

describe('FAQ answers with Markdown links', () => {
  it('cuts the text into plain parts and links, in order', () => {
    expect(
      inlineLinks('Voir [le recours](/demarches/recours/) et [le glossaire](/glossaire/#abf).'),
    ).toEqual([
      { text: 'Voir ' },
      { text: 'le recours', href: '/demarches/recours/' },
      { text: ' et ' },
      { text: 'le glossaire', href: '/glossaire/#abf' },
      { text: '.' },
    ])
  })

  it('leaves a text without link whole, brackets included', () => {
    expect(inlineLinks('Un délai [indicatif] de 2 mois.')).toEqual([
      { text: 'Un délai [indicatif] de 2 mois.' },
    ])
  })

  it('keeps the words of the links for structured data', () => {
    expect(withoutLinks('Demandez à [l’UDAP](/contacter-votre-udap/) avant.')).toBe(
      'Demandez à l’UDAP avant.',
    )
  })
})
