import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose'
import type { AgentAuthConfig } from '../config.ts'
import type { DatabaseSession } from '../store/postgres-session.ts'

export type AgentClaims = Extract<DatabaseSession, { role: 'authenticated' }>['claims']

/** The local issuer's name (npm start, tests); Supabase's tokens name their project's Auth URL. */
export const localIssuer = 'dedale-local'
/** An access token lives an hour; the agent extends it from the page (RGAA 13.1). */
export const sessionSeconds = 60 * 60
/** A refresh token lives a working day: at most ten hours of extensions after signing in. */
export const refreshSeconds = 10 * 60 * 60
const refreshAudience = 'dedale-agent-refresh'

const secretKey = (secret: string) => new TextEncoder().encode(secret)

/** The local issuer: a token of Supabase's shape, signed with the local secret (HS256). */
export async function issueLocalToken(
  secret: string,
  account: { id: string; email: string },
  now = Math.floor(Date.now() / 1000),
  expiresAt = now + sessionSeconds,
): Promise<string> {
  return new SignJWT({ role: 'authenticated', email: account.email })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(account.id)
    .setIssuer(localIssuer)
    .setAudience('authenticated')
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(secretKey(secret))
}

/**
 * The local issuer's refresh token: who signed in, and until when the session may be extended
 * (`exp`, kept across extensions so that a day's session cannot be stretched endlessly).
 */
export async function issueLocalRefreshToken(
  secret: string,
  account: { id: string; email: string },
  expiresAt: number,
): Promise<string> {
  return new SignJWT({ email: account.email })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(account.id)
    .setIssuer(localIssuer)
    .setAudience(refreshAudience)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(secretKey(secret))
}

/** The account and end of a local refresh token; undefined if forged, expired or malformed. */
export async function verifyLocalRefreshToken(
  secret: string,
  token: string,
): Promise<{ id: string; email: string; expiresAt: number } | undefined> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: localIssuer,
      audience: refreshAudience,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    })
    const { sub, email, exp } = payload
    if (typeof sub !== 'string' || typeof email !== 'string' || typeof exp !== 'number')
      return undefined
    return { id: sub, email, expiresAt: exp }
  } catch {
    return undefined
  }
}

/** A local session: an hour's access token (never past `end`) and the refresh token up to `end`. */
export async function issueLocalSession(
  secret: string,
  account: { id: string; email: string },
  now = Math.floor(Date.now() / 1000),
  end = now + refreshSeconds,
): Promise<{ accessToken: string; expiresIn: number; refreshToken: string }> {
  const expiresAt = Math.min(now + sessionSeconds, end)
  return {
    accessToken: await issueLocalToken(secret, account, now, expiresAt),
    expiresIn: expiresAt - now,
    refreshToken: await issueLocalRefreshToken(secret, account, end),
  }
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
            requiredClaims: ['exp'],
          })
        : await jwtVerify(token, supabaseJwks(auth.url), {
            issuer: new URL('/auth/v1', auth.url).toString(),
            audience: 'authenticated',
            requiredClaims: ['exp'],
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
