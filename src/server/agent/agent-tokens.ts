import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose'
import type { AgentAuthConfig } from '../config.ts'
import type { DatabaseSession } from '../store/postgres-session.ts'

export type AgentClaims = Extract<DatabaseSession, { role: 'authenticated' }>['claims']

/** The local issuer's name (npm start, tests); Supabase's tokens name their project's Auth URL. */
export const localIssuer = 'dedale-local'
const sessionSeconds = 60 * 60

const secretKey = (secret: string) => new TextEncoder().encode(secret)

/** The local issuer: a token of Supabase's shape, signed with the local secret (HS256). */
export async function issueLocalToken(
  secret: string,
  account: { id: string; email: string },
  now = Math.floor(Date.now() / 1000),
): Promise<string> {
  return new SignJWT({ role: 'authenticated', email: account.email })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(account.id)
    .setIssuer(localIssuer)
    .setAudience('authenticated')
    .setIssuedAt(now)
    .setExpirationTime(now + sessionSeconds)
    .sign(secretKey(secret))
}

const jwksByUrl = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

function supabaseJwks(url: string) {
  let jwks = jwksByUrl.get(url)
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL('/auth/v1/.well-known/jwks.json', url))
    jwksByUrl.set(url, jwks)
  }
  return jwks
}

/** Verifies a session token (signature, issuer, audience, expiry); undefined if it is not valid. */
export async function verifyAgentToken(
  auth: AgentAuthConfig,
  token: string,
): Promise<AgentClaims | undefined> {
  try {
    const { payload } =
      auth.kind === 'local'
        ? await jwtVerify(token, secretKey(auth.secret), {
            issuer: localIssuer,
            audience: 'authenticated',
            algorithms: ['HS256'],
          })
        : await jwtVerify(token, supabaseJwks(auth.url), {
            issuer: new URL('/auth/v1', auth.url).toString(),
            audience: 'authenticated',
          })
    return asClaims(payload)
  } catch {
    return undefined
  }
}

function asClaims(payload: JWTPayload): AgentClaims | undefined {
  const { sub, role, aud, email, exp, ...rest } = payload
  if (typeof sub !== 'string' || role !== 'authenticated' || aud !== 'authenticated')
    return undefined
  return {
    ...rest,
    sub,
    role,
    aud,
    ...(typeof email === 'string' ? { email } : {}),
    ...(typeof exp === 'number' ? { exp } : {}),
  }
}
