// The HTML a partner pastes to embed the form (public/embed/dedale-embed.js reads these attributes).

/** Settings → data-* attribute of the host script; empty settings are left out. */
const attributes: Record<string, string> = {
  theme: 'data-theme',
  protection: 'data-protection',
  worksTypes: 'data-works-types',
  postcode: 'data-postcode',
  commune: 'data-commune',
  inseeCode: 'data-insee-code',
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export function embedSnippet(scriptUrl: string, settings: Record<string, string>): string {
  const parts = [`src="${escapeAttribute(scriptUrl)}"`]
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = settings[name]?.trim()
    if (value) parts.push(`${attribute}="${escapeAttribute(value)}"`)
  }
  return `<script ${parts.join(' ')} async></script>`
}
