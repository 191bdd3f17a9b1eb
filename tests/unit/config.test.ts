import { describe, expect, it } from 'vitest'
import { ConfigError, readStoreConfig } from '../../src/server/config.ts'

describe('readStoreConfig', () => {
  it('selects the postgres store from DATABASE_URL', () => {
    expect(readStoreConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dedale' })).toEqual({
      kind: 'postgres',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/dedale',
    })
  })

  it('selects the supabase store from SUPABASE_URL and SUPABASE_SECRET_KEY', () => {
    expect(
      readStoreConfig({
        SUPABASE_URL: 'https://abc.supabase.co',
        SUPABASE_SECRET_KEY: 'sb_secret_x',
      }),
    ).toEqual({
      kind: 'supabase',
      url: 'https://abc.supabase.co',
      secretKey: 'sb_secret_x',
    })
  })

  it.each([
    [{}, 'No store configured'],
    [
      { SUPABASE_URL: 'https://abc.supabase.co' },
      'needs both SUPABASE_URL and SUPABASE_SECRET_KEY',
    ],
    [
      {
        DATABASE_URL: 'postgres://h/db',
        SUPABASE_URL: 'https://a.supabase.co',
        SUPABASE_SECRET_KEY: 'k',
      },
      'not both',
    ],
    [{ DATABASE_URL: 'mysql://h/db' }, 'Invalid environment variable DATABASE_URL'],
  ])('refuses %j with a message naming the variables', (env, message) => {
    expect(() => readStoreConfig(env)).toThrow(ConfigError)
    expect(() => readStoreConfig(env)).toThrow(message)
  })
})
