import { describe, expect, it } from 'vitest'
import { consultationFieldLabels } from '../../src/domain/consultation-schema.ts'
import { consultationSteps, firstStepWith } from '../../src/domain/consultation-steps.ts'

describe('the steps of the consultation form', () => {
  it('check every field of the schema, each in one step only', () => {
    const fields = consultationSteps.flatMap((step) => step.fields)
    expect([...fields].sort()).toEqual(Object.keys(consultationFieldLabels).sort())
  })

  it.each([
    [['email'], 3],
    [['description', 'email'], 1],
    [['consent'], 4],
    [['unknown'], -1],
  ])('the first step with %j is %i', (fields, step) => {
    expect(firstStepWith(fields)).toBe(step)
  })
})
