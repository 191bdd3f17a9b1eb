import { defineConfig } from 'vitest/config'
export default defineConfig({ test: { include: ['tests/e2e/cms.e2e.ts'], testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: { timeout: 15_000 } } } })
