/**
 * The tracking token, from `Authorization: Bearer <token>`: a header, so that it never lands in
 * the URLs that servers and proxies log. Missing or malformed: '' (which matches no request).
 */
export function bearerToken(request: Request): string {
  const match = /^Bearer ([\w-]{1,128})$/.exec(request.headers.get('authorization') ?? '')
  return match?.[1] ?? ''
}
