// What the API tells the holder of a tracking link (the token travels in the URL fragment).
import type { ConsultationStatus } from '../domain/taxonomy.ts'

export interface TrackingView {
  reference: string
  status: ConsultationStatus
  created_at: string
  answered_at: string | null
  answer: string | null
  udap: { name: string; email: string | null; phone: string | null }
  attachments: number
  timeline: {
    kind: string
    status: ConsultationStatus | null
    at: string
    motivation: string | null
  }[]
}

/** The request, `not_found` for an unknown token, `unavailable` when the service cannot answer. */
export async function fetchTracking(
  token: string,
): Promise<TrackingView | 'not_found' | 'unavailable'> {
  try {
    // In a header, never in the URL: servers and proxies log URLs.
    const response = await fetch('/api/tracking', {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    })
    if (response.status === 404) return 'not_found'
    if (!response.ok) return 'unavailable'
    return (await response.json()) as TrackingView
  } catch {
    return 'unavailable'
  }
}
