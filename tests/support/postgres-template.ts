// Global setup for the postgres target: one migrated template database per run, cloned by each
// test file, all dropped at the end, so a run never touches existing data.

import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { migrate } from '../../scripts/database/migrate.ts'
import { pgClientRunner } from '../../scripts/database/sql-runner.ts'
import { databaseUrlFor, dropDatabasesStartingWith } from './server-databases.ts'

export default async function setup(project: TestProject) {
  const serverUrl = project.config.provide.serverDatabaseUrl as string
  const template = `dedale_test_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${template}`)
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, template) })
  await client.connect()
  try {
    await migrate(pgClientRunner(client))
  } finally {
    await client.end()
  }
  project.provide('templateDatabase', template)

  return async () => {
    await dropDatabasesStartingWith(admin, template)
    await admin.end()
  }
}
