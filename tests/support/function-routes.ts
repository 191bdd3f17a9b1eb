// The functions' routes, from each module's `config.path` (one path or several; `:name` is a
// segment): which function answers a URL path.
import type { Context } from '@netlify/functions'

export type Handler = (request: Request, context: Context) => Promise<Response>
interface FunctionModule {
  default: Handler
  config?: { path?: string | string[] }
}

const functions = import.meta.glob<FunctionModule>('../../functions/*.ts', { eager: true })

export const functionRoutes = Object.entries(functions).flatMap(([file, module]) =>
  [module.config?.path ?? []].flat().map((path) => ({
    file,
    pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
    handler: module.default,
  })),
)

/** The function that answers `pathname`, if any. */
export const functionFor = (pathname: string) =>
  functionRoutes.find(({ pattern }) => pattern.test(pathname))
