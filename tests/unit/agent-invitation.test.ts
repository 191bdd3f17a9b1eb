// The production invitation: Supabase Auth's admin invite, mocked at the HTTP boundary with its
// real answers, called only after the database said yes.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AgentContext } from '../../src/server/agent/agent-context.ts'
import { inviteAgent } from '../../src/server/agent/agent-invitation.ts'
import {
  AgentRefusal,
  type AgentStore,
  type Invitation,
} from '../../src/server/agent/agent-store.ts'

const invitation = {
  email: 'nouvel.agent@culture.gouv.fr',
  display_name: 'Nouvel Agent',
  role: 'agent',
} as const
const userId = '5b4f1b7c-8f53-4a0e-9a43-6c1d3f6f2b10'

// GoTrue's answer to POST /auth/v1/invite: the invited user.
const invitedUser = {
  id: userId,
  aud: 'authenticated',
  role: 'authenticated',
  email: invitation.email,
  invited_at: '2026-11-30T10:00:00.000000Z',
  phone: '',
  confirmation_sent_at: '2026-11-30T10:00:00.000000Z',
  app_metadata: { provider: 'email', providers: ['email'] },
  user_metadata: { display_name: 'Nouvel Agent' },
  identities: [],
  created_at: '2026-11-30T10:00:00.000000Z',
  updated_at: '2026-11-30T10:00:00.000000Z',
  is_anonymous: false,
}

function contextWith(store: Partial<AgentStore>): AgentContext {
  return {
    config: {
      store: { kind: 'supabase', url: 'https://projet.supabase.co', secretKey: 'sb_secret_test' },
      siteOrigin: 'https://dedale.example',
    },
    auth: {
      kind: 'supabase',
      url: 'https://projet.supabase.co',
      publishableKey: 'sb_publishable_test',
    },
    store,
  } as unknown as AgentContext
}

afterEach(() => vi.unstubAllGlobals())

describe('inviting an agent with Supabase Auth', () => {
  it('asks the database first, then invites with the secret key, then adds the account Auth created', async () => {
    const calls: string[] = []
    const fetchMock = vi.fn(async (url: URL | string, init?: RequestInit) => {
      calls.push('invite')
      expect(String(url)).toBe('https://projet.supabase.co/auth/v1/invite')
      expect(init?.method).toBe('POST')
      expect(init?.headers).toMatchObject({
        apikey: 'sb_secret_test',
        Authorization: 'Bearer sb_secret_test',
      })
      expect(JSON.parse(String(init?.body))).toEqual({
        email: invitation.email,
        data: { display_name: 'Nouvel Agent' },
        redirect_to: 'https://dedale.example/espace-agent/connexion/',
      })
      return Response.json(invitedUser)
    })
    vi.stubGlobal('fetch', fetchMock)
    const added = vi.fn(async (_id: string, _given: Invitation) => [])
    await inviteAgent(
      contextWith({
        checkInvitation: async () => void calls.push('check'),
        addInvited: async (id, given) => {
          calls.push('add')
          return added(id, given)
        },
      }),
      invitation,
    )
    expect(calls).toEqual(['check', 'invite', 'add'])
    expect(added).toHaveBeenCalledWith(userId, invitation)
  })

  it('invites no one when the database refuses the caller', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const refusal = new AgentRefusal(403, 'Seul le responsable de l’UDAP peut inviter des agents.')
    await expect(
      inviteAgent(
        contextWith({
          checkInvitation: async () => {
            throw refusal
          },
        }),
        invitation,
      ),
    ).rejects.toBe(refusal)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('says in French when Auth already has an account for the address', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        {
          code: 422,
          error_code: 'email_exists',
          msg: 'A user with this email address has already been registered',
        },
        { status: 422 },
      ),
    )
    const added = vi.fn()
    const refused = inviteAgent(
      contextWith({ checkInvitation: async () => {}, addInvited: added }),
      invitation,
    )
    await expect(refused).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^Adresse e-mail : un compte existe déjà/),
    })
    expect(added).not.toHaveBeenCalled()
  })
})
