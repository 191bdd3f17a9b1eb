import type { StoreKind } from './consultation-store.ts'

/** Named arguments of a SQL function; Buffers are bytea. */
export type SqlArguments = Record<string, unknown>

/**
 * How an adapter calls the SQL functions of the migrations: over a Postgres connection, or
 * through Supabase's PostgREST `rpc`. Errors are the store's (see `storeError`).
 */
export interface SqlFunctions {
  readonly kind: StoreKind
  /** A function returning one value. */
  scalar<T>(name: string, args?: SqlArguments): Promise<T>
  /** A function returning rows (`returns table` or `setof`). */
  rows<T>(name: string, args?: SqlArguments): Promise<T[]>
  close(): Promise<void>
}
