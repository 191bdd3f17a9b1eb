// Without JavaScript, a static page cannot fetch an anti-spam challenge. So a plain form post is
// answered with this page first: the answers to check, kept in hidden fields, with a signed,
// single-use time-trap token made now. Confirming it (one more click, at least 3 seconds later)
// posts the same answers with the token, and only then is the request stored.
import { antispamFields } from '../../domain/antispam-fields.ts'
import {
  type ConsultationField,
  consultationFieldLabels,
} from '../../domain/consultation-schema.ts'
import { escapeHtml } from '../http/html-page.ts'

const notShown = new Set<string>([
  antispamFields.honeypot,
  antispamFields.challenge,
  antispamFields.timeTrap,
  'consent',
  'inseeCode',
])

export function confirmationPage(
  entries: [string, FormDataEntryValue][],
  token: string,
  action: string,
  notice?: string,
): Response {
  const kept = entries.filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' &&
      entry[0] !== antispamFields.timeTrap &&
      entry[0] !== antispamFields.honeypot,
  )
  const hidden = kept
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('')
  const shown = kept
    .filter(([name, value]) => !notShown.has(name) && value.trim() !== '')
    .map(
      ([name, value]) =>
        `<dt>${escapeHtml(consultationFieldLabels[name as ConsultationField] ?? name)}</dt><dd>${escapeHtml(value)}</dd>`,
    )
    .join('')
  const body = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Confirmez l’envoi de votre demande — Dédale</title></head>
<body><main><h1>Confirmez l’envoi de votre demande</h1>
${notice ? `<p role="alert">${escapeHtml(notice)}</p>` : ''}<p>Vérifiez vos réponses, puis confirmez l’envoi. Votre demande n’est pas encore envoyée.</p>
<dl>${shown}</dl>
<form method="post" action="${escapeHtml(action)}">${hidden}<input type="hidden" name="${antispamFields.timeTrap}" value="${escapeHtml(token)}">
<button type="submit">Confirmer l’envoi</button></form>
<p>Pour corriger une réponse, utilisez le bouton « Précédent » de votre navigateur.</p>
</main></body></html>`
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
