// A local OpenID provider (oidc-provider, in-process) shaped like ProConnect: the scopes and
// claims of its userinfo (`sub`, `email`, `given_name`, `usual_name`, `siret`, `uid`), userinfo
// answered as a signed JWT (RS256), client secret in the token request's body, no PKCE required,
// logout through end_session. Its sign-in page asks for an email (like ProConnect's first
// screen) and vouches for whoever types one: the service must decide who gets in.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair } from 'jose'
import Provider from 'oidc-provider'

export interface FakeProConnect {
  issuer: string
  clientId: string
  clientSecret: string
  /** Registers the service's redirect URIs (known once the local server has its port). */
  register(siteUrl: string): Promise<void>
  close(): Promise<void>
}

const clientId = 'dedale-test'
const clientSecret = 'secret-de-test-du-fournisseur-de-service-dedale'

/** ProConnect's claims for a civil servant, made up from their email. */
function claimsFor(email: string) {
  const [first = 'agent', last = 'public'] = email.split('@')[0]?.split('.') ?? []
  const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
  return {
    sub: createHash('sha256').update(email).digest('hex'),
    email,
    given_name: capitalised(first),
    usual_name: capitalised(last),
    siret: '11004601800013',
    uid: createHash('sha256').update(`uid:${email}`).digest('hex').slice(0, 12),
  }
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    request.on('end', () => resolve(new URLSearchParams(body)))
    request.on('error', reject)
  })
}

const htmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function startFakeProConnect(): Promise<FakeProConnect> {
  let provider: Provider | undefined
  const server = createServer(async (request, response) => {
    try {
      if (!provider) {
        response.writeHead(503)
        return response.end()
      }
      if (request.url?.startsWith('/interaction/'))
        return await interaction(provider, request, response)
      provider.callback()(request, response)
    } catch (error) {
      console.error('fake ProConnect:', error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    }
  })
  server.listen(0, '127.0.0.1')
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test' }

  return {
    issuer,
    clientId,
    clientSecret,
    async register(siteUrl) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [`${siteUrl}/api/agent/proconnect/retour`],
            post_logout_redirect_uris: [`${siteUrl}/api/agent/proconnect/deconnexion`],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_post',
            id_token_signed_response_alg: 'RS256',
            userinfo_signed_response_alg: 'RS256',
          },
        ],
        jwks: { keys: [signingKey] },
        cookies: { keys: ['cle-des-cookies-du-faux-proconnect'] },
        pkce: { required: () => false },
        // ProConnect's access token lives 60 s, its session 12 h.
        ttl: { AccessToken: 60, IdToken: 3600, Interaction: 600, Grant: 600, Session: 12 * 3600 },
        scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'],
        claims: {
          openid: ['sub'],
          email: ['email'],
          given_name: ['given_name'],
          usual_name: ['usual_name'],
          siret: ['siret'],
          uid: ['uid'],
        },
        features: {
          devInteractions: { enabled: false },
          jwtUserinfo: { enabled: true },
          rpInitiatedLogout: {
            enabled: true,
            // ProConnect closes its session without asking: the form is sent at once.
            logoutSource: async (ctx, form) => {
              ctx.body = `<!doctype html><html lang="fr"><title>Déconnexion</title><body>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}<script>document.forms[0].submit()</script></body></html>`
            },
          },
        },
        interactions: { url: (_ctx, details) => `/interaction/${details.uid}` },
        findAccount: (_ctx, id) => ({
          accountId: id,
          claims: () => claimsFor(id),
        }),
      })
    },
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** The sign-in screen: an email, and whoever types it is signed in (any civil servant). */
async function interaction(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(request, response)
  if (request.method === 'GET') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><html lang="fr"><title>ProConnect (test)</title>
<main><h1>ProConnect (fournisseur de test)</h1>
<form method="post" action="/interaction/${htmlText(details.uid)}">
<label for="email">Adresse e-mail professionnelle</label>
<input id="email" name="email" type="email" required>
<button type="submit">Se connecter</button>
</form></main></html>`)
    return
  }
  const email = ((await readForm(request)).get('email') ?? '').trim().toLowerCase()
  const grant = new provider.Grant({ accountId: email, clientId: String(details.params.client_id) })
  grant.addOIDCScope(String(details.params.scope))
  const grantId = await grant.save()
  await provider.interactionFinished(
    request,
    response,
    { login: { accountId: email }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  )
}
