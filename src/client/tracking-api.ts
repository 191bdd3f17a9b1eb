// What the API tells the holder of a tracking link (the token travels in the URL fragment).
import type { TrackingAnswer } from '../domain/api/tracking.ts'

/** The request, `not_found` for an unknown token, `unavailable` when the service cannot answer. */
export async function fetchTracking(
  token: string,
): Promise<TrackingAnswer | 'not_found' | 'unavailable'> {
  try {
    // In a header, never in the URL: servers and proxies log URLs.
    const response = await fetch('/api/tracking', {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    })
    if (response.status === 404) return 'not_found'
    if (!response.ok) return 'unavailable'
    const { trackingAnswer } = await import('./api-answers.ts')
    const view = trackingAnswer.safeParse(await response.json())
    return view.success ? view.data : 'unavailable'
  } catch {
    return 'unavailable'
  }
}
