import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// The last recorded figures of each benchmark, so that a run shows what moved.
const historyFile = join(import.meta.dirname, '..', '..', 'docs', 'benchmark-history.json')

type Figures = Record<string, number>

/**
 * Prints each figure beside the previous recorded run's, with the change; `record` (the
 * `--record` flag) stores this run as the new reference.
 */
export async function compareWithPrevious(
  bench: string,
  figures: Figures,
  record: boolean,
): Promise<void> {
  const history = JSON.parse(await readFile(historyFile, 'utf8').catch(() => '{}')) as Record<
    string,
    { date: string; figures: Figures }
  >
  const previous = history[bench]
  console.log(
    `\nCompared with ${previous ? `the run of ${previous.date}` : 'nothing yet (no recorded run)'}:`,
  )
  for (const [name, value] of Object.entries(figures)) {
    const before = previous?.figures[name]
    const change = before
      ? ` (was ${round(before)}, ${value >= before ? '+' : ''}${(((value - before) / before) * 100).toFixed(0)} %)`
      : ''
    console.log(`  ${name}: ${round(value)}${change}`)
  }
  if (!record) return
  history[bench] = { date: new Date().toISOString().slice(0, 10), figures }
  await writeFile(historyFile, `${JSON.stringify(history, null, 2)}\n`)
  console.log(`Recorded in ${historyFile}.`)
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2)
}
