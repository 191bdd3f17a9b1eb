import { z } from 'zod'

// A count or share is null when it concerns fewer than 5 requests (hidden to prevent re-identification).
// Totals count only what is shown, so that no hidden count comes back by subtraction.
const count = z.number().int().nonnegative().nullable()
const share = z.number().min(0).max(1).nullable()
const days = z.number().nonnegative().nullable()

/** What `public.public_statistics()` answers: aggregates of the last 12 months, nothing else. */
export const publicStatisticsSchema = z.object({
  // True when the database holds the demo data of supabase/seed.sql.
  demo: z.boolean(),
  generatedAt: z.string(),
  minimumGroupSize: z.number().int().positive(),
  requests: count,
  requestsLast12Months: count,
  answeredShare: share,
  medianDaysToFirstResponse: days,
  medianDaysToAnswer: days,
  // Requests with an address, a description and at least one photo.
  completeShare: share,
  // Requests sent through the form embedded in a partner site.
  embedShare: share,
  // UDAPs shown in byUdap: at least 5 requests in 12 months.
  activeUdaps: z.number().int().nonnegative(),
  byMonth: z.array(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), requests: count, answeredShare: share }),
  ),
  byUdap: z.array(z.object({ udap: z.string(), name: z.string(), requests: z.number().int() })),
  // Requests of the UDAPs with fewer than 5 requests each, together.
  otherUdapsRequests: count,
  feedbackVotes: count,
  usefulShare: share,
})

export type PublicStatistics = z.output<typeof publicStatisticsSchema>

/** The figures the /stats/ page is built with, or why there are none. */
export type StatisticsSnapshot =
  | { available: true; figures: PublicStatistics }
  | { available: false; reason: string }
