import type { StoreConfig } from '../config.ts'
import type { ConsultationStore } from './consultation-store.ts'
import { createPostgresStore } from './postgres-store.ts'
import { createSupabaseStore } from './supabase-store.ts'

export function openStore(config: StoreConfig): ConsultationStore {
  return config.kind === 'supabase'
    ? createSupabaseStore({ url: config.url, secretKey: config.secretKey })
    : createPostgresStore(config.databaseUrl)
}

/** Runs `work` with a store and always releases it, whatever happens. */
export async function withStore<T>(
  config: StoreConfig,
  work: (store: ConsultationStore) => Promise<T>,
): Promise<T> {
  const store = openStore(config)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}
