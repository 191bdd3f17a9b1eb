import { describe, expect, it } from 'vitest'
import { contactLines, publishedOn } from '../../src/domain/udap-contact-lines.ts'

describe('a UDAP’s contact details on /contacter-votre-udap/', () => {
  it('lists only the fields given, with call and mail links', () => {
    expect(
      contactLines({
        address: null,
        phone: '04 72.00-00 00',
        email: 'udap@example.fr',
        opening: null,
      }),
    ).toEqual([
      { label: 'Téléphone', text: '04 72.00-00 00', href: 'tel:0472000000' },
      { label: 'Courriel', text: 'udap@example.fr', href: 'mailto:udap@example.fr' },
    ])
    expect(contactLines({ address: null, phone: null, email: null, opening: null })).toEqual([])
  })

  it('dates them in Paris time', () => {
    expect(publishedOn('2026-11-30T23:30:00Z')).toBe(
      'Coordonnées publiées par l’UDAP le 1 décembre 2026.',
    )
  })
})
