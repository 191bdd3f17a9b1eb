import { describe, expect, it } from 'vitest'
import { consultationInputFromForm } from '../../src/domain/consultation-form-data.ts'

describe('consultationInputFromForm', () => {
  it('turns the ticked consent box into true and drops an empty phone', () => {
    const form = new URLSearchParams({ firstName: 'Camille', phone: ' ', consent: 'true' })
    expect(consultationInputFromForm(form)).toEqual({ firstName: 'Camille', consent: true })
  })

  it('keeps empty required fields so that validation names them', () => {
    expect(consultationInputFromForm(new URLSearchParams({ lastName: '' }))).toEqual({
      lastName: '',
      consent: false,
    })
  })
})
