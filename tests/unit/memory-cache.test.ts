import { describe, expect, it } from 'vitest'
import { MemoryCache } from '../../src/server/geodata/memory-cache.ts'

describe('the geodata’s memory cache', () => {
  it('forgets an entry once its time is over', () => {
    const cache = new MemoryCache<string>(1000, 10)
    cache.set('a', 'A', 0)
    expect(cache.get('a', 999)).toBe('A')
    expect(cache.get('a', 1000)).toBeUndefined()
  })

  it('lets the oldest entry go when full', () => {
    const cache = new MemoryCache<number>(1000, 2)
    cache.set('a', 1, 0)
    cache.set('b', 2, 0)
    cache.set('a', 3, 0)
    cache.set('c', 4, 0)
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)]).toEqual([3, undefined, 4])
  })
})
