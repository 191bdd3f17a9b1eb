// The session lives in an HttpOnly cookie only the workspace's API receives: nothing personal
// in the browser's storage, nothing a script can read.
export const sessionCookie = 'dedale_agent_session'
export const codeCookie = 'dedale_agent_code'

function isLocalhost(request: Request): boolean {
  const { hostname } = new URL(request.url)
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

export function setCookie(
  request: Request,
  name: string,
  value: string,
  maxAgeSeconds: number,
): string {
  const secure = isLocalhost(request) ? '' : '; Secure'
  return `${name}=${value}; Path=/api/agent; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure}`
}

export function clearCookie(request: Request, name: string): string {
  return setCookie(request, name, '', 0)
}

export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=') || undefined
  }
  return undefined
}
