import type { Config } from '@netlify/functions'
import { publishedUdapContactsAnswer } from '../src/domain/api/agent-udap.ts'
import { loadConfig } from '../src/server/http/load-config.ts'
import { answer, methodNotAllowed, serviceUnavailable } from '../src/server/http/responses.ts'
import { withStore } from '../src/server/store/open-store.ts'

/**
 * GET /api/udaps/coordonnees — the contact details each UDAP published itself, dated: the
 * /contacter-votre-udap/ page refreshes its build-time snapshot with them.
 */
export default async (request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(['GET'])
  const config = loadConfig()
  if (config instanceof Response) return config
  try {
    const contacts = await withStore(config.store, (store) => store.publishedUdapContacts())
    // Public, the same for everyone: a few minutes of caching spares the database.
    return answer(publishedUdapContactsAnswer, 200, contacts, {
      'Cache-Control': 'public, max-age=300',
    })
  } catch (error) {
    console.error('udap contacts: store failure', error)
    return serviceUnavailable()
  }
}

export const config: Config = { path: '/api/udaps/coordonnees' }
