import { createMailer } from '../mail/mailer.ts'
import { withStore } from '../store/open-store.ts'
import type { AgentContext } from './agent-context.ts'
import { AuthUnavailable } from './agent-sign-in.ts'
import { AgentRefusal, type Invitation } from './agent-store.ts'

const signInPath = '/espace-agent/connexion/'

/**
 * Invites an agent to the responsable's UDAP. The database first says whether the caller may
 * (responsable of that UDAP, address not already an agent's); only then is the account invited:
 * Supabase Auth's admin invite in production (secret key, server side), the local accounts and
 * the local mailbox otherwise. The database then adds the account to the UDAP, as the caller.
 */
export async function inviteAgent(context: AgentContext, invitation: Invitation) {
  await context.store.checkInvitation(invitation)
  const userId =
    context.auth.kind === 'supabase'
      ? await supabaseInvite(context, invitation)
      : await localInvite(context, invitation)
  return context.store.addInvited(userId, invitation)
}

async function supabaseInvite(context: AgentContext, invitation: Invitation): Promise<string> {
  const { store, siteOrigin } = context.config
  if (store.kind !== 'supabase') throw new AuthUnavailable('Supabase Auth needs the supabase store')
  const response = await fetch(new URL('/auth/v1/invite', store.url), {
    method: 'POST',
    headers: {
      apikey: store.secretKey,
      Authorization: `Bearer ${store.secretKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      email: invitation.email,
      data: { display_name: invitation.display_name },
      redirect_to: new URL(signInPath, siteOrigin).toString(),
    }),
  })
  if (response.status === 422 || response.status === 409) {
    const message =
      'Adresse e-mail : un compte existe déjà pour cette adresse. Demandez à l’équipe nationale de le rattacher à votre UDAP.'
    throw new AgentRefusal(409, message)
  }
  if (!response.ok) throw new AuthUnavailable(`Supabase Auth invite: ${response.status}`)
  const user = (await response.json()) as { id?: unknown }
  if (typeof user.id !== 'string') throw new AuthUnavailable('Supabase Auth invite: no user id')
  return user.id
}

async function localInvite(context: AgentContext, invitation: Invitation): Promise<string> {
  const { config } = context
  const userId = await withStore(config.store, (store) =>
    store.localInviteAccount(invitation.email),
  )
  const link = new URL(signInPath, config.siteOrigin).toString()
  await createMailer(config.mail).send({
    to: invitation.email,
    subject: 'Invitation à l’espace agent de Dédale',
    text: `Bonjour ${invitation.display_name},\n\nLe responsable de votre UDAP vous invite à l’espace agent de Dédale, où l’UDAP traite les demandes de conseil.\n\nPour vous connecter, ouvrez ${link} et indiquez cette adresse : un code de connexion vous sera envoyé.`,
  })
  console.log(`[espace agent] invitation envoyée à ${invitation.email}`)
  return userId
}
