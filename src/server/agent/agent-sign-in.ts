import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import type { AgentAuthConfig, ServerConfig } from '../config.ts'
import { createMailer } from '../mail/mailer.ts'
import { withStore } from '../store/open-store.ts'
import { issueLocalSession } from './agent-tokens.ts'

export const codeSeconds = 10 * 60

/** What a code request leaves behind: locally, the signed challenge for the code cookie. */
export type CodeSent =
  | { type: 'sent'; challenge?: string }
  | { type: 'too_many'; retryAfter: number }

export type CodeChecked =
  | { type: 'signed_in'; accessToken: string; expiresIn: number; refreshToken: string }
  | { type: 'wrong_code' }

export class AuthUnavailable extends Error {
  override name = 'AuthUnavailable'
}

const encoder = new TextEncoder()
// Keyed: the challenge travels in a cookie, so its hash must not be reversible offline.
const codeHash = (secret: string, email: string, code: string) =>
  createHmac('sha256', secret)
    .update(`agent-code:${email.toLowerCase()}:${code}`)
    .digest('base64url')

/**
 * Sends a one-time code. Locally the code goes to the local mailbox and the console, and a
 * signed challenge (the code's hash, never the code) comes back for a short-lived cookie; with
 * Supabase, Auth sends it (sign-ups off: only invited accounts get one). The answer is the same
 * whether the address is an agent's or not.
 */
export async function sendCode(
  config: ServerConfig,
  auth: AgentAuthConfig,
  email: string,
): Promise<CodeSent> {
  const retryAfter = await hitEmailLimit(config, 'agent_code_sent', email)
  if (retryAfter > 0) return { type: 'too_many', retryAfter }
  if (auth.kind === 'supabase') {
    const response = await fetch(new URL('/auth/v1/otp', auth.url), {
      method: 'POST',
      headers: { apikey: auth.publishableKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, create_user: false }),
    })
    if (response.status >= 500) throw new AuthUnavailable(`Supabase Auth otp: ${response.status}`)
    return { type: 'sent' }
  }
  const account = await withStore(config.store, (store) => store.localAgentAccount(email))
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  if (account) {
    await createMailer(config.mail).send({
      to: email,
      subject: `Votre code de connexion à l’espace agent : ${code}`,
      text: `Bonjour,\n\nVotre code de connexion à l’espace agent de Dédale est : ${code}\n\nIl est valable 10 minutes. Si vous n’avez rien demandé, ignorez ce message.`,
    })
    console.log(`[espace agent] code de connexion pour ${email} : ${code}`)
  }
  const challenge = await new SignJWT({
    email: email.toLowerCase(),
    account: account ?? null,
    hash: account ? codeHash(auth.secret, email, code) : null,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('dedale-agent-code')
    .setExpirationTime(`${codeSeconds}s`)
    .sign(encoder.encode(auth.secret))
  return { type: 'sent', challenge }
}

/** Five codes and ten attempts per address and per ten minutes; answers the seconds to wait, or 0. */
export function hitEmailLimit(
  config: ServerConfig,
  bucket: 'agent_code_sent' | 'agent_code_checked',
  email: string,
): Promise<number> {
  const key = createHmac('sha256', config.formSecret)
    .update(`${bucket}:${email.toLowerCase()}`)
    .digest()
  return withStore(config.store, (store) =>
    store.hitRateLimit(bucket, key, codeSeconds, bucket === 'agent_code_sent' ? 5 : 10),
  )
}

/** Checks the code and opens a session: a token of Supabase's shape. */
export async function checkCode(
  auth: AgentAuthConfig,
  email: string,
  code: string,
  challenge: string | undefined,
): Promise<CodeChecked> {
  if (auth.kind === 'supabase') {
    const response = await fetch(new URL('/auth/v1/verify', auth.url), {
      method: 'POST',
      headers: { apikey: auth.publishableKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'email', email, token: code }),
    })
    if (response.status >= 500)
      throw new AuthUnavailable(`Supabase Auth verify: ${response.status}`)
    if (!response.ok) return { type: 'wrong_code' }
    return signedIn(await response.json())
  }
  if (!challenge) return { type: 'wrong_code' }
  try {
    const { payload } = await jwtVerify(challenge, encoder.encode(auth.secret), {
      audience: 'dedale-agent-code',
      algorithms: ['HS256'],
    })
    const expected = typeof payload.hash === 'string' ? Buffer.from(payload.hash) : undefined
    const given = Buffer.from(codeHash(auth.secret, email, code))
    if (
      payload.email !== email.toLowerCase() ||
      typeof payload.account !== 'string' ||
      !expected ||
      expected.length !== given.length ||
      !timingSafeEqual(expected, given)
    )
      return { type: 'wrong_code' }
    return {
      type: 'signed_in',
      ...(await issueLocalSession(auth.secret, { id: payload.account, email })),
    }
  } catch {
    return { type: 'wrong_code' }
  }
}

/** Ends the session at Supabase Auth too (locally, the token simply expires with its cookie). */
export async function signOut(auth: AgentAuthConfig, accessToken: string): Promise<void> {
  if (auth.kind !== 'supabase') return
  await fetch(new URL('/auth/v1/logout', auth.url), {
    method: 'POST',
    headers: { apikey: auth.publishableKey, Authorization: `Bearer ${accessToken}` },
  }).catch(() => {})
}

/**
 * Opens an ordinary session for an identity another provider vouched for (ProConnect): only
 * for the account of an active agent with that email, else undefined (the service decides who
 * gets in, not ProConnect). Locally, the local issuer signs the token. With Supabase, Auth has
 * no way to open a session for an external OpenID provider it does not host (ProConnect is not
 * among its providers, and a custom OIDC provider would let Auth create accounts for any civil
 * servant), so the function asks Auth's admin API for a one-time magic-link token for that
 * account (`generate_link`, secret key, nothing is emailed) and redeems it at once (`verify`,
 * publishable key): the agent gets the same Supabase session, refresh token and JWT as with the
 * email code, and Auth's own logs record it.
 */
export async function openSessionFor(
  config: ServerConfig,
  auth: AgentAuthConfig,
  email: string,
): Promise<Extract<CodeChecked, { type: 'signed_in' }> | undefined> {
  const account = await withStore(config.store, (store) => store.localAgentAccount(email))
  if (!account) return undefined
  if (auth.kind === 'local')
    return { type: 'signed_in', ...(await issueLocalSession(auth.secret, { id: account, email })) }
  if (config.store.kind !== 'supabase')
    throw new AuthUnavailable('Supabase Auth sessions need the supabase store (its secret key).')
  const link = await fetch(new URL('/auth/v1/admin/generate_link', auth.url), {
    method: 'POST',
    headers: {
      apikey: config.store.secretKey,
      Authorization: `Bearer ${config.store.secretKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ type: 'magiclink', email }),
  })
  if (!link.ok) throw new AuthUnavailable(`Supabase Auth generate_link: ${link.status}`)
  const generated = (await link.json()) as {
    id?: string
    hashed_token?: string
    verification_type?: string
  }
  // The link must be for the very account the database named (never a new one).
  if (generated.id !== account || !generated.hashed_token)
    throw new AuthUnavailable('Supabase Auth generate_link: unexpected account or no token')
  const verified = await fetch(new URL('/auth/v1/verify', auth.url), {
    method: 'POST',
    headers: { apikey: auth.publishableKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: generated.verification_type ?? 'magiclink',
      token_hash: generated.hashed_token,
    }),
  })
  if (!verified.ok) throw new AuthUnavailable(`Supabase Auth verify: ${verified.status}`)
  return signedIn(await verified.json())
}

// What Supabase Auth answers with a session (verify, and a refresh): only what the cookies need.
const supabaseSessionSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1),
})

/** Supabase Auth's session (verify, or a refresh): the access token, its life, the refresh token. */
export function signedIn(session: unknown): Extract<CodeChecked, { type: 'signed_in' }> {
  const parsed = supabaseSessionSchema.safeParse(session)
  if (!parsed.success)
    throw new AuthUnavailable(`Supabase Auth session: ${parsed.error.issues[0]?.path.join('.')}`)
  return {
    type: 'signed_in',
    accessToken: parsed.data.access_token,
    expiresIn: parsed.data.expires_in,
    refreshToken: parsed.data.refresh_token,
  }
}
