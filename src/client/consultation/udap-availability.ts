// Says on the form, as soon as the commune is chosen, that its UDAP takes no online request (and
// how to reach it), before anything personal is typed. The message itself comes from src/domain.
import { inactiveUdapMessage, type UdapContact } from '../../domain/udap-availability.ts'

const answers = new Map<string, Promise<string | undefined>>()

/** The message for this département's UDAP, or undefined when it takes requests (or is unknown). */
export function inactiveUdapNotice(code: string): Promise<string | undefined> {
  let answer = answers.get(code)
  if (!answer) {
    answer = fetchNotice(code)
    answers.set(code, answer)
  }
  return answer
}

async function fetchNotice(code: string): Promise<string | undefined> {
  try {
    const response = await fetch(`/api/udap?code=${encodeURIComponent(code)}`, {
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return undefined
    return inactiveUdapMessage((await response.json()) as UdapContact)
  } catch {
    return undefined
  }
}
