import { Worker } from 'node:worker_threads'

const entry = new URL('./worker-entry.ts', import.meta.url)

/**
 * Calls the function `name` exported by `module` in a worker thread, with `args`, and answers
 * what it returns. After-build passes over thousands of pages run there: on a fresh heap they
 * cost about half what they cost on the build's, which holds every page's data by then.
 */
export function inWorker<T>(module: URL, name: string, args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { module: module.href, name, args } })
    worker.once('message', (result: T) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`${name} (${module.pathname}): the worker stopped (${code})`))
    })
  })
}
