/**
 * The origin of a partner's site that embeds the form (`https://www.mairie-exemple.fr`), recorded
 * as the request's source. Mirrors the check of `consultations.source` in SQL.
 */
export const embedOriginPattern = /^https?:\/\/[^/\s]+$/

export function parseEmbedOrigin(value: string | null | undefined): string | undefined {
  return value && value.length <= 200 && embedOriginPattern.test(value) ? value : undefined
}
