import { describe, expect, it } from 'vitest'
import { inactiveUdapMessage, type UdapContact } from '../../src/domain/udap-availability.ts'

const udap: UdapContact = {
  code: '2A',
  name: 'UDAP de Corse-du-Sud',
  active: false,
  email: null,
  phone: null,
  address: null,
  opening: null,
}

describe('inactiveUdapMessage', () => {
  it('says nothing for a UDAP that takes online requests', () => {
    expect(inactiveUdapMessage({ ...udap, active: true })).toBeUndefined()
  })

  it('gives every way to reach the UDAP it knows, with its hours', () => {
    expect(
      inactiveUdapMessage({
        ...udap,
        phone: '04 95 00 00 00',
        email: 'udap.corse-du-sud@culture.gouv.fr',
        address: '2 rue Sergent Casalonga, Ajaccio',
        opening: 'du lundi au vendredi, 9 h – 12 h',
      }),
    ).toBe(
      'Commune : l’UDAP de Corse-du-Sud ne reçoit pas encore de demandes de conseil en ligne. Contactez-la directement par téléphone au 04 95 00 00 00, par e-mail à udap.corse-du-sud@culture.gouv.fr, à l’adresse 2 rue Sergent Casalonga, Ajaccio (du lundi au vendredi, 9 h – 12 h).',
    )
  })

  it('points to the mairie when the UDAP has no contact details yet', () => {
    expect(inactiveUdapMessage(udap)).toBe(
      'Commune : l’UDAP de Corse-du-Sud ne reçoit pas encore de demandes de conseil en ligne. Renseignez-vous auprès de votre mairie, qui vous indiquera comment la joindre.',
    )
  })
})
