/**
 * Other pages link to these glossary anchors (/glossaire/#id): the CMS refuses to save a glossary
 * that lost one (a term removed, or its anchor renamed). Returns the French message, or undefined.
 */
export function glossaryGuard(
  terms: readonly { id?: string }[],
  guaranteedIds: readonly string[],
): string | undefined {
  const ids = new Set(terms.map((term) => term.id))
  const missing = guaranteedIds.filter((id) => !ids.has(id))
  if (missing.length === 0) return undefined
  const names = missing.map((id) => `« ${id} »`).join(', ')
  return missing.length === 1
    ? `Le terme d’ancre ${names} est cité par d’autres pages : il ne peut être ni supprimé ni renommé.`
    : `Les termes d’ancres ${names} sont cités par d’autres pages : ils ne peuvent être ni supprimés ni renommés.`
}
