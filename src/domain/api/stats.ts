import { publicStatisticsSchema } from '../public-statistics.ts'

/** GET /api/stats: the public figures (`public.public_statistics`). */
export const statsAnswer = publicStatisticsSchema

export type { PublicStatistics as StatsAnswer } from '../public-statistics.ts'
