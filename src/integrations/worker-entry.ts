// The worker thread of in-worker.ts: imports the module, calls the function, posts its result.
import { parentPort, workerData } from 'node:worker_threads'

const { module, name, args } = workerData as { module: string; name: string; args: unknown[] }
const run = (await import(module))[name] as (...args: unknown[]) => unknown
parentPort?.postMessage(await run(...args))
