/**
 * The client's IP address, from a source the client cannot set: Netlify's context (its edge sets
 * it), else the proxy header named by TRUSTED_IP_HEADER (self-hosting behind a reverse proxy; for
 * a list such as x-forwarded-for, the last entry, the one the proxy added). Anything else, a
 * header sent straight by the client included, is ignored: undefined then, and the caller skips
 * the per-IP limit rather than count every unknown client in one bucket one client could exhaust.
 */
export function clientIp(
  request: Request,
  context: { ip?: string } | undefined,
  trustedIpHeader: string | undefined,
): string | undefined {
  if (context?.ip) return context.ip
  if (!trustedIpHeader) return undefined
  const value = request.headers.get(trustedIpHeader)
  const last = value?.split(',').at(-1)?.trim()
  return last || undefined
}
