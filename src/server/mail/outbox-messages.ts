// The text of each email the outbox sends, in plain French. The acknowledgement carries the
// reference and the link only, never the applicant's own text: anyone can type any address in the
// form, and the mail leaves from the ministry's domain.
import { answerMail, mailSignature, statusMail } from '../../domain/applicant-mails.ts'
import { type ConsultationStatus, consultationStatuses } from '../../domain/taxonomy.ts'
import type { OutboxMessage } from '../store/consultation-store.ts'
import type { MailMessage } from './mailer.ts'

const signature = mailSignature

/** The request's page in the agents' workspace. */
export function workspaceRequestUrl(siteUrl: string, reference: string): string {
  return new URL(
    `/espace-agent/demande/?reference=${encodeURIComponent(reference)}`,
    siteUrl,
  ).toString()
}

export function outboxMail(message: OutboxMessage, siteUrl: string | undefined): MailMessage {
  const p = message.payload
  const reference = String(p.reference ?? '')
  const workspaceLink = siteUrl
    ? `\nOuvrir la demande dans l’espace agent : ${workspaceRequestUrl(siteUrl, reference)}\n`
    : ''
  switch (message.kind) {
    case 'accuse_reception':
      return {
        to: message.recipient,
        subject: `Votre demande de conseil ${reference} a bien été reçue`,
        text: `Bonjour,

${p.udap_name ?? 'L’UDAP'} a bien reçu votre demande de conseil. Sa référence est ${reference}.

Suivez votre demande et ajoutez-y des documents avec ce lien personnel (gardez-le, ne le partagez pas) :
${p.tracking_url ?? ''}

Si vous n’avez pas fait cette demande, ignorez ce message.${signature}`,
      }
    case 'nouvelle_demande_udap':
      return {
        to: message.recipient,
        subject: `Nouvelle demande de conseil ${reference}${p.commune ? ` — ${p.commune}` : ''}`,
        text: `Une nouvelle demande de conseil est arrivée : ${reference}.
${workspaceLink}${signature}`,
      }
    case 'complement_recu_agent':
      return {
        to: message.recipient,
        subject: `Complément reçu pour la demande ${reference}${p.commune ? ` — ${p.commune}` : ''}`,
        text: `Le demandeur a répondu à votre demande de complément pour la demande ${reference}. Elle est de nouveau « en cours ».
${workspaceLink}${signature}`,
      }
    case 'changement_statut':
      return {
        to: message.recipient,
        ...statusMail(
          reference,
          consultationStatuses[p.status as ConsultationStatus] ?? String(p.status),
          typeof p.motivation === 'string' ? p.motivation : null,
        ),
      }
    case 'reponse':
      return { to: message.recipient, ...answerMail(reference, String(p.answer ?? '')) }
  }
}
