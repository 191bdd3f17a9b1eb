import type * as z from 'zod/mini'
import type { FieldError } from '../../domain/api/problem.ts'
import { problemAnswer } from '../../domain/api/problem.ts'

// API answers are personal or change at every call: never cached.
const apiHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...apiHeaders, ...headers } })
}

/**
 * An answer of the API, typed by its schema in src/domain/api/ (the browser parses it with the
 * same one). With DEDALE_CHECK_ANSWERS=on (the tests), an answer its schema refuses throws.
 */
export function answer<S extends z.ZodMiniType>(
  schema: S,
  status: number,
  body: z.output<S>,
  headers: Record<string, string> = {},
): Response {
  if (process.env.DEDALE_CHECK_ANSWERS === 'on') schema.parse(body)
  return json(status, body, headers)
}

/** An error a person can act on: what happened, in French, and the fields concerned. */
export function problem(
  status: number,
  message: string,
  errors: FieldError[] = [],
  headers: Record<string, string> = {},
): Response {
  return answer(
    problemAnswer,
    status,
    { error: message, ...(errors.length ? { errors } : {}) },
    headers,
  )
}

export function methodNotAllowed(allowed: string[]): Response {
  return problem(405, `Méthode non autorisée : utilisez ${allowed.join(' ou ')}.`, [], {
    Allow: allowed.join(', '),
  })
}

export function serviceUnavailable(): Response {
  return problem(
    503,
    'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
    [],
    { 'Retry-After': '60' },
  )
}
