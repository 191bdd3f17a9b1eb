import { defineConfig } from 'vitest/config'

// Browser end-to-end tests: Chromium (CHROME_PATH or /usr/bin/chromium) against `npm start`.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/local-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The emulator and lazily loaded scripts can take seconds on a busy machine: polled
    // expectations wait up to 30 s instead of 1 s.
    expect: { poll: { timeout: 30_000 } },
  },
})
