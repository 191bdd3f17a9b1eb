// The emails the applicant receives when an agent acts: built here once, so that the workspace's
// preview shows exactly what the outbox will send.

export const mailSignature =
  '\n\n—\nDédale, service du ministère de la Culture. Ce message est envoyé automatiquement : n’y répondez pas.'

export function answerMail(reference: string, answer: string): { subject: string; text: string } {
  return {
    subject: `Réponse de l’UDAP à votre demande ${reference}`,
    text: `Bonjour,

Voici la réponse de l’UDAP à votre demande de conseil ${reference} :

${answer}

Cette réponse est un conseil : elle ne remplace pas l’autorisation à demander en mairie.${mailSignature}`,
  }
}

export function statusMail(
  reference: string,
  statusLabel: string,
  motivation: string | null | undefined,
): { subject: string; text: string } {
  return {
    subject: `Votre demande ${reference} : ${statusLabel}`,
    text: `Bonjour,

Votre demande de conseil ${reference} est maintenant : ${statusLabel}.
${motivation ? `\nMessage de l’UDAP :\n${motivation}\n` : ''}
Retrouvez le détail avec le lien de suivi reçu lors de votre demande.${mailSignature}`,
  }
}
