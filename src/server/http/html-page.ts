// A plain HTML answer for forms posted without JavaScript: what went wrong and the way back.
import type { FieldError } from '../../domain/consultation-schema.ts'

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => escapes[char] ?? char)

export function htmlErrorPage(
  status: number,
  title: string,
  errors: FieldError[],
  back: string,
  headers: Record<string, string> = {},
): Response {
  const items = errors.map((error) => `<li>${escapeHtml(error.message)}</li>`).join('')
  const body = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} — Dédale</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${items ? `<ul>${items}</ul>` : ''}
<p><a href="${escapeHtml(back)}">Revenir au formulaire</a> (le bouton « Précédent » de votre navigateur garde ce que vous avez saisi).</p>
</main></body></html>`
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}

export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  })
}
