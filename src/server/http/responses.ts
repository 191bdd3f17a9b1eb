import type { FieldError } from '../../domain/consultation-schema.ts'

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

/** An error a person can act on: what happened, in French, and the fields concerned. */
export function problem(
  status: number,
  message: string,
  errors: FieldError[] = [],
  headers: Record<string, string> = {},
): Response {
  return json(status, { error: message, ...(errors.length ? { errors } : {}) }, headers)
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
