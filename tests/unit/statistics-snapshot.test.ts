import { describe, expect, it } from 'vitest'
import { formatFigure, monthLabel, monthShortLabel } from '../../src/domain/statistics-format.ts'
import { followUpToken, followUpVoteId } from '../../src/server/feedback/follow-up-token.ts'
import { statisticsSnapshot } from '../../src/server/statistics/statistics-snapshot.ts'

const figures = {
  demo: true,
  generatedAt: '2026-11-28T10:00:00Z',
  minimumGroupSize: 5,
  requests: 12,
  requestsLast12Months: 12,
  answeredShare: 0.5,
  medianDaysToFirstResponse: 2,
  medianDaysToAnswer: null,
  completeShare: 0.25,
  embedShare: 0,
  activeUdaps: 1,
  byMonth: [{ month: '2026-11', requests: 12, answeredShare: 0.5 }],
  byUdap: [{ udap: '69', name: 'UDAP du Rhône', requests: 12 }],
  otherUdapsRequests: 0,
  feedbackVotes: null,
  usefulShare: null,
}

describe('the /stats/ snapshot taken at build', () => {
  it('uses the embedded demo database when no store is configured', async () => {
    expect(await statisticsSnapshot({}, async () => figures)).toEqual({ available: true, figures })
  })

  it.each([
    [
      'the database cannot be reached',
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' },
      async () => figures,
      /ECONNREFUSED|connect/,
    ],
    [
      'both stores are set',
      {
        DATABASE_URL: 'postgres://x@h/d',
        SUPABASE_URL: 'https://p.supabase.co',
        SUPABASE_SECRET_KEY: 'k',
      },
      async () => figures,
      /not both/,
    ],
    [
      'the embedded database fails',
      {},
      async () => {
        throw new Error('migration failed')
      },
      /migration failed/,
    ],
    [
      'the answer is not the expected figures',
      {},
      async () => ({ ...figures, requests: 'douze' }),
      /requests/,
    ],
  ])('is "unavailable", not a failed build, when %s', async (_case, env, embedded, reason) => {
    const snapshot = await statisticsSnapshot(env, embedded)
    expect(snapshot.available).toBe(false)
    expect(snapshot.available ? '' : snapshot.reason).toMatch(reason)
  })
})

describe('figures in French', () => {
  it.each([
    [1234, 'count', '1\u202f234'],
    [0.456, 'share', '46\u202f%'],
    [3.25, 'days', '3,3\u00a0j'],
    [null, 'share', '—'],
  ] as const)('%s as a %s reads %s', (value, kind, text) => {
    expect(formatFigure(value, kind)).toBe(text)
  })

  it('names the months', () => {
    expect(monthLabel('2026-08')).toBe('août 2026')
    expect(monthShortLabel('2025-12')).toBe('déc.')
    expect(monthShortLabel('2026-05')).toBe('mai')
  })
})

describe('the follow-up token of a vote', () => {
  const secret = 'x'.repeat(32)
  it('opens its own vote only, with this server’s secret', () => {
    const token = followUpToken(secret, 42)
    expect(followUpVoteId(secret, token)).toBe(42)
    expect(followUpVoteId('y'.repeat(32), token)).toBeUndefined()
    expect(followUpVoteId(secret, token.replace(/^42/, '43'))).toBeUndefined()
    expect(followUpVoteId(secret, 'nope')).toBeUndefined()
  })
})
