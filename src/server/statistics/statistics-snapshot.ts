import { publicStatisticsSchema, type StatisticsSnapshot } from '../../domain/public-statistics.ts'
import { ConfigError, readStoreConfig } from '../config.ts'
import { withStore } from '../store/open-store.ts'

/**
 * The figures /stats/ is built with. A configured store (DATABASE_URL or the Supabase pair) is
 * asked; without one, `embedded` answers from a throwaway database with the demo seed. Any
 * failure gives "unavailable", never an exception: the build must not depend on the database.
 */
export async function statisticsSnapshot(
  env: Record<string, string | undefined>,
  embedded: () => Promise<unknown>,
): Promise<StatisticsSnapshot> {
  try {
    let raw: unknown
    try {
      const store = readStoreConfig(env)
      raw = await withStore(store, (opened) => opened.publicStatistics())
    } catch (error) {
      if (!(error instanceof ConfigError) || !error.message.startsWith('No store configured'))
        throw error
      raw = await embedded()
    }
    return { available: true, figures: publicStatisticsSchema.parse(raw) }
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
