// `npm run db:migrate`: applies supabase/migrations to the database named by DATABASE_URL.
import pg from 'pg'
import { migrate } from './migrate.ts'
import { pgClientRunner } from './sql-runner.ts'

const url = process.env.DATABASE_URL
if (!url) {
  console.error(
    'DATABASE_URL is not set: give the PostgreSQL database to migrate, e.g. postgres://postgres@127.0.0.1:5432/dedale',
  )
  process.exit(2)
}
const client = new pg.Client({ connectionString: url })
await client.connect()
try {
  const applied = await migrate(pgClientRunner(client))
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database already up to date.')
} finally {
  await client.end()
}
