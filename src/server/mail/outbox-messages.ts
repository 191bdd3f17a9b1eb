// The text of each email the outbox sends, in plain French.
import { answerMail, mailSignature, statusMail } from '../../domain/applicant-mails.ts'
import { consultationFieldLabels } from '../../domain/consultation-schema.ts'
import { type ConsultationStatus, consultationStatuses, worksTypes } from '../../domain/taxonomy.ts'
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

Copie de vos réponses :
${answersCopy(p.answers)}${signature}`,
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

const answerLabels: Record<string, string> = {
  address: consultationFieldLabels.address,
  postcode: consultationFieldLabels.postcode,
  commune: consultationFieldLabels.commune,
  works_types: consultationFieldLabels.worksTypes,
  description: consultationFieldLabels.description,
  first_name: consultationFieldLabels.firstName,
  last_name: consultationFieldLabels.lastName,
  email: consultationFieldLabels.email,
  phone: consultationFieldLabels.phone,
}

function answersCopy(answers: unknown): string {
  if (typeof answers !== 'object' || answers === null) return ''
  return Object.entries(answerLabels)
    .map(([key, label]) => {
      const value = (answers as Record<string, unknown>)[key]
      if (value === null || value === undefined || value === '') return undefined
      const text = Array.isArray(value)
        ? value.map((type) => worksTypes[type as keyof typeof worksTypes] ?? type).join(', ')
        : String(value)
      return `- ${label} : ${text}`
    })
    .filter(Boolean)
    .join('\n')
}
