// `npm run bench:agent`: the agents' inbox (first page of "À traiter" + the count of every tab)
// with 50,000 requests in the database, through the workspace's own path: the function
// GET /api/agent/demandes called in-process with the agent's session cookie (the JWT verified
// with jose, then a transaction as `authenticated` with its claims, row-level security, the
// zod-checked answer), beside the bare SQL of the same query run as the owner. PGlite always;
// PostgreSQL too when DATABASE_URL names a server (a database is created and dropped).
// After the bulk load the table is vacuumed, as autovacuum does to a table in service (the
// per-tab counts then read the (udap_code, status) index alone).
//
//   npm run bench:agent [-- --requests=50000 --runs=100 --explain]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:agent
//
// --explain prints EXPLAIN ANALYZE of the inbox's two queries run as the agent (role
// authenticated, the JWT claims, row-level security on), to profile them.
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import pg from 'pg'
import agentInbox from '../../functions/agent-inbox.ts'
import { postgresAgentStore } from '../../src/server/agent/agent-store-adapters.ts'
import { issueLocalToken } from '../../src/server/agent/agent-tokens.ts'
import { migrate } from '../database/migrate.ts'
import { pgClientRunner, pgliteRunner, type SqlRunner } from '../database/sql-runner.ts'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '100' },
    explain: { type: 'boolean', default: false },
  },
})
const requests = Number(values.requests)
const runs = Number(values.runs)
const agentId = '69000000-0000-4000-8000-000000000000'
// The PostgreSQL server to measure too (read before the runs point DATABASE_URL at each database).
const serverUrl = process.env.DATABASE_URL
// The function reads its configuration from the environment, as deployed: the local issuer's.
const agentSecret = 'bench-agent-secret-of-at-least-32-characters'
Object.assign(process.env, {
  FORM_SECRET: 'bench-form-secret-of-at-least-32-characters',
  AGENT_JWT_SECRET: agentSecret,
})

// A fifth of the requests in the Rhône (a large UDAP over five years), the rest elsewhere.
const fill = `
insert into auth.users (id, email) values ('${agentId}', 'bench.agent@example.fr');
insert into public.agents (user_id, udap_code, display_name, previous_visit_at)
  values ('${agentId}', '69', 'Agent de mesure', now() - interval '3 days');
insert into public.consultations (reference, udap_code, status, applicant_kind, first_name, last_name, email,
  address, postcode, commune, insee_code, works_types, description, project_stage, consented_at,
  tracking_token_hash, answer_text, priority, created_at)
select format('%s-%s-%s', u.code, 2021 + i % 5, lpad(i::text, 6, '0')), u.code,
  s.status::public.consultation_status, 'particulier', 'Prénom', format('Nom%s', i), format('p%s@example.fr', i),
  format('%s rue de la Mesure', i % 300), u.postcode, u.commune, u.insee, array['menuiseries']::public.works_type[],
  'Description de mesure pour le banc d''essai de la boîte de réception.', 'esquisse', now(),
  sha256(convert_to(i::text, 'UTF8')), case when s.status = 'repondue' then 'Réponse.' end,
  (array['basse', 'normale', 'normale', 'haute'])[1 + i % 4]::public.consultation_priority,
  now() - make_interval(mins => i * 5)
from generate_series(1, ${requests}) i
cross join lateral (select 1 + i % 5 as k) pick
cross join lateral (select (array['69', '13', '75', '33', '35'])[pick.k] as code,
  (array['69005', '13001', '75004', '33000', '35000'])[pick.k] as postcode,
  (array['69385', '13201', '75104', '33063', '35238'])[pick.k] as insee,
  (array['Lyon', 'Marseille', 'Paris', 'Bordeaux', 'Rennes'])[pick.k] as commune) u
cross join lateral (select (array['nouvelle', 'en_cours', 'en_cours', 'complement_demande', 'repondue', 'repondue',
  'repondue', 'repondue', 'repondue', 'classee_sans_suite'])[1 + (i / 5) % 10] as status) s;
`
// What autovacuum does to a table in service (its own statement: never inside a transaction).
const settle = 'vacuum analyze public.consultations'

// The inbox's two queries as agent_inbox runs them (first page of "À traiter", no filter).
const explained = [
  `select c.status, count(*) as n from public.consultations c where c.udap_code = public.current_agent_udap() group by c.status`,
  `select c.reference, c.status, c.priority, c.created_at from public.consultations c
    where c.udap_code = public.current_agent_udap() and c.status::text = any (array['nouvelle', 'en_cours'])
    order by c.priority desc, c.created_at, c.reference limit 25`,
]

// The same query, bare: no function, no role switch, no row-level security.
const bareSql = `
select (select jsonb_build_object(
    'a_traiter', coalesce(sum(n) filter (where status in ('nouvelle', 'en_cours')), 0),
    'en_attente', coalesce(sum(n) filter (where status = 'complement_demande'), 0),
    'traitees', coalesce(sum(n) filter (where status in ('repondue', 'classee_sans_suite', 'reorientee')), 0),
    'toutes', coalesce(sum(n), 0))
    from (select status, count(*) as n from public.consultations where udap_code = '69' group by status) s) as counts,
  (select jsonb_agg(r) from (select c.reference, c.status, c.priority, c.created_at, c.commune, ag.display_name
    from public.consultations c left join public.agents ag on ag.user_id = c.assignee
    where c.udap_code = '69' and c.status in ('nouvelle', 'en_cours')
    order by c.priority desc, c.created_at, c.reference limit 25) r) as rows`

async function time(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await work()
  const durations: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  const at = (q: number) =>
    durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95) }
}

async function measure(target: string, url: string, sql: SqlRunner): Promise<void> {
  const setupStart = performance.now()
  await sql.exec(fill)
  await sql.exec(settle)
  console.log(
    `${target}: ${requests} requests inserted in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
  )
  const store = postgresAgentStore(url, {
    sub: agentId,
    role: 'authenticated',
    aud: 'authenticated',
  })
  const first = await store.inbox({ tab: 'a_traiter', page: 1 })
  if (first?.rows.length !== 25) throw new Error(`${target}: the inbox did not answer a full page`)
  process.env.DATABASE_URL = url
  const cookie = `dedale_agent_session=${await issueLocalToken(agentSecret, { id: agentId, email: 'bench.agent@example.fr' })}`
  const handler = await time(async () => {
    const response = await agentInbox(
      new Request('http://localhost/api/agent/demandes?tab=a_traiter&page=1', {
        headers: { cookie },
      }),
    )
    if (response.status !== 200)
      throw new Error(`${target}: the function answered ${response.status}`)
    await response.json()
  })
  const workspace = await time(() => store.inbox({ tab: 'a_traiter', page: 1 }))
  const bare = await time(() => sql.query(bareSql))
  const line = (name: string, t: { p50: number; p95: number }) =>
    `  ${name.padEnd(50)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p95 ${t.p95.toFixed(1).padStart(7)} ms`
  console.log(
    `${target}: inbox of UDAP 69 (${first.counts.toutes} requests; tabs ${JSON.stringify(first.counts)}), ${runs} runs`,
  )
  console.log(line('function (cookie, jose, authenticated, RLS, zod)', handler))
  console.log(line('agent store (authenticated, RLS, zod)', workspace))
  console.log(line('bare SQL (owner, no RLS)', bare))
  console.log(`  target p95 < 150 ms: ${handler.p95 < 150 ? 'met' : 'NOT MET'}`)
  if (values.explain) await explain(url)
}

/** EXPLAIN ANALYZE of the inbox's queries as the agent: role authenticated, claims, RLS on. */
async function explain(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('begin')
    await client.query(
      `select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
      [JSON.stringify({ sub: agentId, role: 'authenticated', aud: 'authenticated' })],
    )
    for (const query of explained) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off) ${query}`,
      )
      console.log(rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n'))
    }
  } finally {
    await client.query('rollback')
    await client.end()
  }
}

const db = await PGlite.create()
await migrate(pgliteRunner(db))
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 })
await server.start()
try {
  await measure(
    'PGlite',
    `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    pgliteRunner(db),
  )
} finally {
  await server.stop()
  await db.close()
}

if (serverUrl) {
  const database = `dedale_bench_agent_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${database}`)
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const client = new pg.Client({ connectionString: url.toString() })
  try {
    await client.connect()
    await migrate(pgClientRunner(client))
    await measure('PostgreSQL', url.toString(), pgClientRunner(client))
  } finally {
    await client.end()
    await admin.query(`drop database if exists ${database} with (force)`)
    await admin.end()
  }
}
process.exit(0)
