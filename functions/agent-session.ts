import { randomBytes } from 'node:crypto'
import type { Config } from '@netlify/functions'
import { z } from 'zod'
import { agentSignedOutAnswer } from '../src/domain/api/agent-proconnect.ts'
import { agentCodeSentSchema, agentSessionAnswer } from '../src/domain/api/agent-session.ts'
import {
  agentConfig,
  agentContext,
  agentFailure,
  agentStoreFor,
} from '../src/server/agent/agent-context.ts'
import {
  clearCookie,
  codeCookie,
  proConnectCookieScope,
  proConnectLogoutCookie,
  proConnectSessionCookie,
  readCookie,
  refreshCookie,
  refreshCookieScope,
  sessionCookie,
  sessionCookies,
  setCookie,
} from '../src/server/agent/agent-cookies.ts'
import {
  checkCode,
  codeSeconds,
  hitEmailLimit,
  sendCode,
  signOut,
} from '../src/server/agent/agent-sign-in.ts'
import {
  type AgentClaims,
  refreshSeconds,
  verifyAgentToken,
} from '../src/server/agent/agent-tokens.ts'
import { proConnectEndSession } from '../src/server/agent/proconnect.ts'
import { readRequestBody } from '../src/server/http/request-body.ts'
import {
  answer,
  json,
  methodNotAllowed,
  problem,
  serviceUnavailable,
} from '../src/server/http/responses.ts'
import { fieldErrors } from '../src/server/http/zod-errors.ts'

const signInSchema = z.object({
  email: z
    .email('Adresse e-mail : indiquez une adresse valide, par exemple prenom.nom@culture.gouv.fr.')
    .max(254, 'Adresse e-mail : 254 caractères au plus.'),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Code : indiquez les 6 chiffres reçus par e-mail.')
    .optional(),
})

/** The agent, and when their session ends (the access token's `exp`, which verification requires). */
const sessionAnswer = (agent: object, claims: AgentClaims) =>
  agentSessionAnswer.parse({
    ...agent,
    expiresAt: new Date((claims.exp ?? 0) * 1000).toISOString(),
  })

const noAccess = () =>
  problem(
    403,
    'Ce compte n’a pas accès à l’espace agent. Demandez une invitation au responsable de votre UDAP.',
  )

/**
 * /api/agent/session — GET: the signed-in agent; POST {email}: sends a one-time code;
 * POST {email, code}: signs in (HttpOnly cookie); DELETE: signs out.
 */
export default async (request: Request): Promise<Response> => {
  if (request.method === 'GET') {
    const context = await agentContext(request)
    if (context instanceof Response) return context
    try {
      const agent = await context.store.me()
      return agent ? json(200, sessionAnswer(agent, context.claims)) : noAccess()
    } catch (error) {
      return agentFailure(error)
    }
  }
  if (request.method === 'DELETE') {
    const base = agentConfig()
    if (base instanceof Response) return base
    const token = readCookie(request, sessionCookie)
    if (token) await signOut(base.auth, token)
    const cookies = [
      clearCookie(request, sessionCookie),
      clearCookie(request, refreshCookie, refreshCookieScope),
      clearCookie(request, proConnectSessionCookie),
    ]
    // Signed in through ProConnect: the browser goes on to close the ProConnect session too.
    const idToken = readCookie(request, proConnectSessionCookie)
    const proConnect = base.config.proConnect
    if (idToken && proConnect) {
      const state = randomBytes(32).toString('base64url')
      try {
        const response = answer(agentSignedOutAnswer, 200, {
          end_session_url: await proConnectEndSession(
            proConnect,
            idToken,
            `${base.config.siteOrigin}/api/agent/proconnect/deconnexion`,
            state,
          ),
        })
        cookies.push(
          setCookie(request, proConnectLogoutCookie, state, 10 * 60, proConnectCookieScope),
        )
        for (const cookie of cookies) response.headers.append('Set-Cookie', cookie)
        return response
      } catch (error) {
        console.error('proconnect: no end_session address (signed out here only)', error)
      }
    }
    const headers = new Headers()
    for (const cookie of cookies) headers.append('Set-Cookie', cookie)
    return new Response(null, { status: 204, headers })
  }
  if (request.method !== 'POST') return methodNotAllowed(['GET', 'POST', 'DELETE'])
  const base = agentConfig()
  if (base instanceof Response) return base
  const body = await readRequestBody(request, 2048)
  if (!body.ok) return body.response
  const input = signInSchema.safeParse(body.value)
  if (!input.success) return problem(400, 'La connexion n’a pas abouti.', fieldErrors(input.error))
  const { email, code } = input.data
  try {
    if (code === undefined) {
      const sent = await sendCode(base.config, base.auth, email)
      if (sent.type === 'too_many')
        return problem(
          429,
          'Trop de demandes de code pour cette adresse. Réessayez dans quelques minutes.',
          [],
          {
            'Retry-After': String(sent.retryAfter),
          },
        )
      const answer = agentCodeSentSchema.parse({
        sent: true,
        message:
          'Si cette adresse est celle d’un agent invité, un code à 6 chiffres vient de lui être envoyé.',
      })
      return json(
        202,
        answer,
        sent.challenge
          ? { 'Set-Cookie': setCookie(request, codeCookie, sent.challenge, codeSeconds) }
          : {},
      )
    }
    const wait = await hitEmailLimit(base.config, 'agent_code_checked', email)
    if (wait > 0)
      return problem(
        429,
        'Trop d’essais pour cette adresse. Demandez un nouveau code dans quelques minutes.',
        [],
        {
          'Retry-After': String(wait),
        },
      )
    const checked = await checkCode(base.auth, email, code, readCookie(request, codeCookie))
    if (checked.type === 'wrong_code') {
      const message = 'Code incorrect ou expiré. Vérifiez-le ou demandez-en un nouveau.'
      return problem(400, message, [{ field: 'code', message }])
    }
    const claims = await verifyAgentToken(base.auth, checked.accessToken)
    if (!claims) return serviceUnavailable()
    const store = agentStoreFor(base.config, base.auth, claims, checked.accessToken)
    const agent = await store.me()
    if (!agent) return noAccess()
    await store.beginVisit()
    const headers = new Headers({
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    for (const cookie of sessionCookies(request, checked, refreshSeconds))
      headers.append('Set-Cookie', cookie)
    headers.append('Set-Cookie', clearCookie(request, codeCookie))
    return new Response(JSON.stringify(sessionAnswer(agent, claims)), { status: 200, headers })
  } catch (error) {
    return agentFailure(error)
  }
}

export const config: Config = { path: '/api/agent/session' }
