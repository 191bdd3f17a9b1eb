// The text of each email the outbox sends, in plain French. The acknowledgement carries the
// reference and the link only, never the applicant's own text: anyone can type any address in the
// form, and the mail leaves from the ministry's domain.
import { type ConsultationStatus, consultationStatuses } from '../../domain/taxonomy.ts'
import type { OutboxMessage } from '../store/consultation-store.ts'
import type { MailMessage } from './mailer.ts'

const signature =
  '\n\n—\nDédale, service du ministère de la Culture. Ce message est envoyé automatiquement : n’y répondez pas.'

export function outboxMail(message: OutboxMessage, studioUrl: string | undefined): MailMessage {
  const p = message.payload
  const reference = String(p.reference ?? '')
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
${studioUrl ? `\nOuvrir les demandes dans Supabase Studio : ${studioUrl}\n` : ''}${signature}`,
      }
    case 'changement_statut':
      return {
        to: message.recipient,
        subject: `Votre demande ${reference} : ${consultationStatuses[p.status as ConsultationStatus] ?? 'nouvelle étape'}`,
        text: `Bonjour,

Votre demande de conseil ${reference} est maintenant : ${consultationStatuses[p.status as ConsultationStatus] ?? String(p.status)}.
${p.motivation ? `\nMessage de l’UDAP :\n${p.motivation}\n` : ''}
Retrouvez le détail avec le lien de suivi reçu lors de votre demande.${signature}`,
      }
    case 'reponse':
      return {
        to: message.recipient,
        subject: `Réponse de l’UDAP à votre demande ${reference}`,
        text: `Bonjour,

Voici la réponse de l’UDAP à votre demande de conseil ${reference} :

${p.answer ?? ''}

Cette réponse est un conseil : elle ne remplace pas l’autorisation à demander en mairie.${signature}`,
      }
  }
}
