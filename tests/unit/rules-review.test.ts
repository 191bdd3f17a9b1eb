// Each rules table keeps who reviewed it and when (shown on the public rules page).
import { describe, expect, it } from 'vitest'
import { reviewers } from '../../src/content-schema.ts'
import { reviews } from '../../src/domain/rules/overview.ts'

describe('the rules tables’ review record', () => {
  it.each(reviews)('$table: a past date and a known reviewer', ({ review }) => {
    expect(review.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(new Date(review.lastReviewed).getTime()).toBeLessThanOrEqual(Date.now())
    expect(Object.keys(reviewers)).toContain(review.reviewedBy)
  })
})
