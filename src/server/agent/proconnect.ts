// ProConnect (the State's OpenID Connect provider for civil servants), as a second way into the
// workspace: the authorization-code flow with openid-client, exactly as ProConnect's technical
// guide asks (https://github.com/numerique-gouv/proconnect-documentation, doc_fs/
// implementation_technique.md): state and nonce of 32+ characters, no other parameter (ProConnect
// answers "Bad Request" to any it does not know, PKCE included), the client secret in the token
// request's body, the ID token and the userinfo answer both signed JWTs (RS256, chosen at
// registration), and logout through end_session with id_token_hint in the browser.
import * as oidc from 'openid-client'
import type { ProConnectConfig } from '../config.ts'

/** The claims asked for; ProConnect's userinfo answers `sub`, `email`, `given_name`, `usual_name`, `siret`, `uid`. */
export const proConnectScope = 'openid email given_name usual_name siret'
/** The signing algorithm registered with ProConnect for the ID token and the userinfo answer. */
const signingAlgorithm = 'RS256'

export interface ProConnectIdentity {
  sub: string
  email: string
  givenName: string | undefined
  usualName: string | undefined
  siret: string | undefined
}

export class ProConnectRefusal extends Error {
  override name = 'ProConnectRefusal'
}

const configurations = new Map<string, Promise<oidc.Configuration>>()

/** ProConnect's endpoints (discovery, once per instance) and this service as its client. */
function configuration(proConnect: ProConnectConfig): Promise<oidc.Configuration> {
  const key = `${proConnect.issuer} ${proConnect.clientId}`
  let found = configurations.get(key)
  if (!found) {
    const issuer = new URL(proConnect.issuer)
    found = oidc
      .discovery(
        issuer,
        proConnect.clientId,
        {
          id_token_signed_response_alg: signingAlgorithm,
          // A plain JSON userinfo answer is refused: ProConnect always signs it.
          userinfo_signed_response_alg: signingAlgorithm,
        },
        oidc.ClientSecretPost(proConnect.clientSecret),
        {
          execute: [
            // The userinfo JWT's signature is checked against ProConnect's published keys.
            oidc.enableNonRepudiationChecks,
            // http only for the local test provider (readConfig allows it on localhost alone).
            ...(issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : []),
          ],
        },
      )
      .catch((error: unknown) => {
        configurations.delete(key)
        throw error
      })
    configurations.set(key, found)
  }
  return found
}

/** Where the button sends the browser, with the state and nonce to keep in cookies. */
export async function proConnectAuthorization(
  proConnect: ProConnectConfig,
  redirectUri: string,
): Promise<{ url: string; state: string; nonce: string }> {
  const config = await configuration(proConnect)
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: proConnectScope,
    state,
    nonce,
  })
  return { url: url.href, state, nonce }
}

/**
 * The way back: the code is exchanged (state and nonce checked against the cookies' values, the
 * ID token's signature, issuer, audience and expiry checked), then the identity comes from the
 * signed userinfo answer, whose subject must be the ID token's.
 */
export async function proConnectIdentity(
  proConnect: ProConnectConfig,
  callbackUrl: URL,
  expected: { state: string; nonce: string },
): Promise<{ identity: ProConnectIdentity; idToken: string }> {
  const config = await configuration(proConnect)
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    idTokenExpected: true,
  })
  const subject = tokens.claims()?.sub
  if (!subject || !tokens.id_token) throw new ProConnectRefusal('ProConnect: no ID token')
  const info = await oidc.fetchUserInfo(config, tokens.access_token, subject)
  const text = (name: string) =>
    typeof info[name] === 'string' ? (info[name] as string) : undefined
  const email = text('email')?.trim().toLowerCase()
  if (!email) throw new ProConnectRefusal('ProConnect: userinfo without email')
  return {
    identity: {
      sub: subject,
      email,
      givenName: text('given_name'),
      usualName: text('usual_name'),
      siret: text('siret'),
    },
    idToken: tokens.id_token,
  }
}

/** ProConnect's end_session address: the browser goes there to close the ProConnect session too. */
export async function proConnectEndSession(
  proConnect: ProConnectConfig,
  idToken: string,
  postLogoutRedirectUri: string,
  state: string,
): Promise<string> {
  const config = await configuration(proConnect)
  return oidc.buildEndSessionUrl(config, {
    id_token_hint: idToken,
    state,
    post_logout_redirect_uri: postLogoutRedirectUri,
  }).href
}
