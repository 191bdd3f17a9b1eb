import { describe, expect, it } from 'vitest'
import { consultationInputFromForm } from '../../src/domain/consultation-form-data.ts'

describe('consultationInputFromForm', () => {
  it('turns the ticked consent box into true, the works boxes into a list, and drops empty optional fields', () => {
    const form = new URLSearchParams([
      ['firstName', 'Camille'],
      ['phone', ' '],
      ['inseeCode', ''],
      ['worksTypes', 'toiture'],
      ['worksTypes', 'panneaux_solaires'],
      ['consent', 'true'],
    ])
    expect(consultationInputFromForm(form)).toEqual({
      firstName: 'Camille',
      worksTypes: ['toiture', 'panneaux_solaires'],
      consent: true,
    })
  })

  it('keeps empty required fields so that validation names them', () => {
    expect(consultationInputFromForm(new URLSearchParams({ lastName: '' }))).toEqual({
      lastName: '',
      worksTypes: [],
      consent: false,
    })
  })
})
