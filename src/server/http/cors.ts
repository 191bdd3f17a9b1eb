import { parseEmbedOrigin } from '../../domain/embed-origin.ts'

/**
 * CORS for the partner sites that embed the form (EMBED_ORIGINS). Same-origin requests need
 * none; another origin not in the list is refused.
 */
export function originOf(request: Request): string | undefined {
  return request.headers.get('origin') ?? undefined
}

export function isCrossOrigin(request: Request): boolean {
  const origin = originOf(request)
  return origin !== undefined && origin !== new URL(request.url).origin
}

export function isAllowedOrigin(request: Request, embedOrigins: string[]): boolean {
  return !isCrossOrigin(request) || embedOrigins.includes(originOf(request) ?? '')
}

export function corsHeaders(request: Request, embedOrigins: string[]): Record<string, string> {
  const origin = originOf(request)
  if (!origin || !isCrossOrigin(request) || !embedOrigins.includes(origin)) return {}
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
}

/** Answer to a preflight (OPTIONS) from an allowed origin. */
export function preflight(request: Request, embedOrigins: string[], methods: string[]): Response {
  if (!isAllowedOrigin(request, embedOrigins)) return new Response(null, { status: 403 })
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request, embedOrigins),
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '600',
    },
  })
}

/**
 * The partner site a request comes from: its Origin when it posts across origins, or, from the
 * embedded form (same origin as the API, in the partner's frame), the origin its page declared.
 */
export function embeddingOrigin(request: Request): string | undefined {
  if (isCrossOrigin(request)) return originOf(request)
  return parseEmbedOrigin(request.headers.get('dedale-origine'))
}
