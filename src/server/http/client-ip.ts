/** The client's IP address: Netlify's context when there is one, else its header, else a placeholder. */
export function clientIp(request: Request, context?: { ip?: string }): string {
  return context?.ip || request.headers.get('x-nf-client-connection-ip') || 'unknown'
}
