// Each rules table keeps who reviewed it and when (shown on the public rules page), and the
// delay and silence tables always give an answer.
import { describe, expect, it } from 'vitest'
import { delayRows } from '../../src/domain/rules/delays.ts'
import { reviews } from '../../src/domain/rules/overview.ts'
import { silenceRows } from '../../src/domain/rules/silence.ts'
import { reviewers } from '../../src/site/content-schema.ts'

describe('the rules tables’ review record', () => {
  it.each(reviews)('$table: a past date and a known reviewer', ({ review }) => {
    expect(review.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(new Date(review.lastReviewed).getTime()).toBeLessThanOrEqual(Date.now())
    expect(Object.keys(reviewers)).toContain(review.reviewedBy)
  })
})

describe('the delay and silence tables', () => {
  it('end, for every procedure, with a row that applies to every case', () => {
    for (const table of [delayRows, silenceRows])
      for (const [kind, rows] of Object.entries(table))
        expect(rows.at(-1)?.if, `${kind}: last row`).toBeUndefined()
  })
})
