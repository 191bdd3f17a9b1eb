import { defineConfig } from 'vitest/config'
import { testAgentSecret, testSecret } from './tests/support/test-environment.ts'

// Database suites run on PGlite always, and also on the PostgreSQL server named by DATABASE_URL.
const databaseUrl = process.env.DATABASE_URL
const targets = databaseUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const)

export default defineConfig({
  test: {
    // The functions' configuration in tests: anti-spam off unless a test turns it on.
    env: {
      FORM_SECRET: testSecret,
      AGENT_JWT_SECRET: testAgentSecret,
      ANTISPAM: 'off',
      MAIL_DIR: '.data/test-mail',
      UPLOAD_DIR: '.data/test-uploads',
      SITE_URL: 'http://localhost:8888',
      // Every answer of the functions is checked against its schema (src/domain/api/).
      DEDALE_CHECK_ANSWERS: 'on',
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The browser modules, in a DOM, on the markup of their components (its own config: Astro's).
      'vitest.client.config.ts',
      ...targets.map((target) => ({
        test: {
          name: `db-${target}`,
          include: ['tests/db/**/*.test.ts', 'tests/api/**/*.test.ts'],
          provide: { databaseTarget: target, serverDatabaseUrl: databaseUrl ?? '' },
          ...(target === 'postgres' ? { globalSetup: ['tests/support/postgres-template.ts'] } : {}),
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      })),
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/built-site.ts'],
          // Validating every built page takes over 5 s once the content sections are in.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'emulator',
          include: ['tests/http/**/*.test.ts'],
          globalSetup: ['tests/support/built-site.ts'],
          // After the other projects: each file starts `npm start`, whose emulator bundles every
          // function on its first call; beside the database suites on two cores, a restart took
          // over two minutes.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
