/**
 * A small cache kept in the function's memory: a warm production instance answers repeated
 * lookups without calling upstream (the local emulator re-evaluates modules, so it never hits).
 * Oldest entries leave first once `maxEntries` is reached.
 */
export class MemoryCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>()

  readonly #ttlMs: number
  readonly #maxEntries: number

  constructor(ttlMs: number, maxEntries: number) {
    this.#ttlMs = ttlMs
    this.#maxEntries = maxEntries
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    if (entry.expires <= now) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: V, now = Date.now()): void {
    this.#entries.delete(key)
    this.#entries.set(key, { value, expires: now + this.#ttlMs })
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest === undefined) break
      this.#entries.delete(oldest)
    }
  }

  clear(): void {
    this.#entries.clear()
  }
}
