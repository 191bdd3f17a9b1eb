// `npm run bench:api`: the submission handler in-process (as a warm production instance runs it)
// against PostgreSQL, beside the bare SQL function it calls, at the same concurrency.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:api [-- --requests=2000 --concurrency=20 --record]
//
// Works in a fresh database it creates and drops. Prints throughput, p50/p95/p99 and checks.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import pg from 'pg'
import submitConsultation from '../../functions/consultations.ts'
import { validateConsultation } from '../../src/domain/consultation-schema.ts'
import { toSubmissionArguments } from '../../src/server/store/consultation-store.ts'
import { createTrackingToken } from '../../src/server/tracking-token.ts'
import { migrate } from '../database/migrate.ts'
import { pgClientRunner } from '../database/sql-runner.ts'
import { compareWithPrevious } from './history.ts'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '20' },
    record: { type: 'boolean', default: false },
  },
})
const requests = Number(values.requests)
const concurrency = Number(values.concurrency)
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const database = `dedale_bench_${process.pid}`
const secret = randomBytes(32).toString('base64url')

const admin = new pg.Client({ connectionString: serverUrl })
await admin.connect()
await admin.query(`create database ${database}`)
const url = new URL(serverUrl)
url.pathname = `/${database}`
Object.assign(process.env, { DATABASE_URL: url.toString(), FORM_SECRET: secret, ANTISPAM: 'off' })

try {
  const setup = new pg.Client({ connectionString: url.toString() })
  await setup.connect()
  await migrate(pgClientRunner(setup))
  await setup.end()

  const body = (i: number) => ({
    applicantKind: 'particulier',
    firstName: `Personne ${i}`,
    lastName: 'Banc',
    email: `banc.${i}@example.fr`,
    address: `${i} rue de la Mesure`,
    postcode: '69005',
    commune: 'Lyon',
    inseeCode: '69385',
    worksTypes: ['menuiseries'],
    description: 'Remplacement des fenêtres en bois, à l’identique, pour mesurer le service.',
    projectStage: 'esquisse',
    consent: true,
  })

  const handler = await run(requests, concurrency, async (i) => {
    const response = await submitConsultation(
      new Request('http://localhost/api/consultations', {
        method: 'POST',
        body: JSON.stringify(body(i)),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    if (response.status !== 201) throw new Error(`status ${response.status}`)
  })

  // The floor: the same SQL function, over `concurrency` connections opened once.
  const clients = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      return client
    }),
  )
  const bare = await run(requests, concurrency, async (i, worker) => {
    const checked = validateConsultation(body(requests + i))
    if (!checked.success) throw new Error('invalid bench body')
    const args = toSubmissionArguments(checked.data, {
      trackingTokenHash: createTrackingToken(secret).hash,
      trackingUrl: 'http://localhost/suivi/#x',
      source: 'site',
    })
    await clients[worker]?.query('select public.submit_consultation($1, $2, $3)', [
      args.payload,
      args.tracking_token_hash,
      args.tracking_url,
    ])
  })
  await Promise.all(clients.map((client) => client.end()))

  const check = new pg.Client({ connectionString: url.toString() })
  await check.connect()
  const [counts] = (
    await check.query(`select
      (select count(*) from public.consultations where last_name = 'Banc') as rows,
      (select count(distinct reference) from public.consultations where last_name = 'Banc') as references,
      (select count(*) from public.outbox where kind = 'accuse_reception') as outbox`)
  ).rows
  await check.end()

  console.log(
    `\nSubmissions: ${requests} per path, ${concurrency} concurrent, PostgreSQL ${new URL(serverUrl).host}\n`,
  )
  console.log('path          throughput   p50      p95      p99      errors')
  for (const [name, result] of [
    ['handler', handler],
    ['bare SQL', bare],
  ] as const) {
    console.log(
      `${name.padEnd(13)} ${`${result.throughput.toFixed(0)}/s`.padEnd(12)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${result.errors}`,
    )
  }
  console.log(
    `\nhandler / bare SQL throughput: ${((handler.throughput / bare.throughput) * 100).toFixed(0)} % (target ≥ 60 %)`,
  )
  console.log(`handler p95: ${handler.p95.toFixed(1)} ms (target < 25 ms)`)
  console.log(
    `rows: ${counts.rows} (expected ${2 * requests}), distinct references: ${counts.references}, acknowledgements queued: ${counts.outbox}`,
  )
  const ok =
    Number(counts.rows) === 2 * requests &&
    Number(counts.references) === 2 * requests &&
    Number(counts.outbox) === 2 * requests
  console.log(ok && handler.errors === 0 && bare.errors === 0 ? 'checks: ok' : 'checks: FAILED')
  process.exitCode = ok ? 0 : 1
  await compareWithPrevious(
    'api',
    {
      'handler throughput (/s)': handler.throughput,
      'handler p95 (ms)': handler.p95,
      'bare SQL throughput (/s)': bare.throughput,
      'bare SQL p95 (ms)': bare.p95,
    },
    values.record,
  )
} finally {
  await admin.query(`drop database if exists ${database} with (force)`)
  await admin.end()
}

interface RunResult {
  throughput: number
  p50: number
  p95: number
  p99: number
  errors: number
}

/** Runs `count` calls with `workers` in parallel; each call's latency in ms. */
async function run(
  count: number,
  workers: number,
  call: (i: number, worker: number) => Promise<void>,
): Promise<RunResult> {
  const latencies: number[] = []
  let next = 0
  let errors = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (next < count) {
        const i = next++
        const t = performance.now()
        try {
          await call(i, worker)
        } catch (error) {
          errors++
          if (errors === 1) console.error(error)
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  return { throughput: count / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors }
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padEnd(8)
}
