/** Names of the form's anti-spam fields, shared by the form and the server. */
export const antispamFields = {
  /** Hidden from people (and from assistive technologies); bots fill it in. */
  honeypot: 'siteWeb',
  /** The solved proof-of-work challenge, which also carries when the form was shown. */
  challenge: 'altcha',
  /** Without JavaScript: the signed time-trap token of the server's confirmation page. */
  timeTrap: 'jetonEnvoi',
} as const

/** A person takes more than this to fill in the form: a challenge shown less time ago is refused. */
export const challengeMinimumSeconds = 3
