import type { PublishedUdapContacts } from '../../domain/api/agent-udap.ts'
import type { TrackingAnswer } from '../../domain/api/tracking.ts'
import type { Consultation } from '../../domain/consultation-schema.ts'
import type { UdapContact } from '../../domain/udap-availability.ts'

export type StoreKind = 'postgres' | 'supabase'

/** What the server adds to a validated request when it stores it. */
export interface SubmissionContext {
  /** SHA-256 of the applicant's tracking token; the token itself is never stored. */
  trackingTokenHash: Buffer
  /** The applicant's tracking link, kept only until the acknowledgement email is sent. */
  trackingUrl: string
  /** 'site', or the origin of the partner site that embeds the form. */
  source: string
  /** The client's Idempotency-Key header, and the SHA-256 of the request it came with. */
  idempotency?: { key: string; requestHash: Buffer }
}

export interface SubmissionResult {
  reference: string
  udapCode: string
  /** False when the idempotency key was already used with this request: the first reference is answered. */
  created: boolean
}

/** The request a tracking link opens, and the room left in it for documents. */
export interface AttachmentTarget {
  consultationId: string
  closed: boolean
  count: number
  totalBytes: number
}

/** An email waiting in the outbox. */
export interface OutboxMessage {
  id: number
  kind:
    | 'accuse_reception'
    | 'nouvelle_demande_udap'
    | 'changement_statut'
    | 'reponse'
    | 'complement_recu_agent'
  recipient: string
  payload: Record<string, unknown>
  attempts: number
}

/** The port the functions talk to. Every call is one SQL function of the migrations. */
export interface ConsultationStore {
  readonly kind: StoreKind
  /** Stores a validated request in one transaction and returns its reference. */
  submitConsultation(
    consultation: Consultation,
    context: SubmissionContext,
  ): Promise<SubmissionResult>
  /** The UDAP of a département: whether it takes online requests, its public contact details. */
  udapContact(code: string): Promise<UdapContact | undefined>
  /** The tracking view of the request whose token has this SHA-256, if any. */
  tracking(trackingTokenHash: Buffer): Promise<TrackingAnswer | undefined>
  attachmentTarget(trackingTokenHash: Buffer): Promise<AttachmentTarget | undefined>
  /**
   * Reserves an upload under the request's limits before its URL is issued: undefined for an
   * unknown token, else 'reserved' or the limit that refuses it.
   */
  reserveAttachmentUpload(
    trackingTokenHash: Buffer,
    upload: { path: string; size: number; expiresAt: Date },
  ): Promise<'reserved' | 'closed' | 'count' | 'total' | undefined>
  /**
   * Records a checked, stored document (idempotent: a document already recorded answers the
   * counts again); refused (StoreRejection, field "file" past the limits, "confirm" for a path
   * that is not this request's).
   */
  recordAttachment(
    trackingTokenHash: Buffer,
    file: { path: string; fileName: string; size: number; mimeType: string },
  ): Promise<{ count: number; totalBytes: number }>
  /** Spends a single-use anti-spam token: true the first time, false if already spent. */
  spendAntispamToken(tokenHash: Buffer, expiresAt: Date): Promise<boolean>
  /** Files to delete from storage (unconfirmed uploads past their URL, purged documents). */
  pendingStorageDeletions(maxRows: number): Promise<string[]>
  /** Storage confirmed these deletions: they leave the queue. */
  confirmStorageDeletions(paths: string[]): Promise<void>
  /** The applicant answers a complement request: undefined for an unknown link. */
  answerComplement(
    trackingTokenHash: Buffer,
    message: string,
  ): Promise<{ accepted: boolean; status: string } | undefined>
  /** The local sign-in only: the account of an active agent, by email. */
  localAgentAccount(email: string): Promise<string | undefined>
  /** The local invitation only: the account of an invited address (created if need be). */
  localInviteAccount(email: string): Promise<string>
  /** The contact details each UDAP published itself from the workspace, dated. */
  publishedUdapContacts(): Promise<PublishedUdapContacts>
  /** Counts a hit; answers 0 when allowed, else the seconds to wait. */
  hitRateLimit(
    bucket: string,
    keyHash: Buffer,
    windowSeconds: number,
    maxHits: number,
  ): Promise<number>
  /** Records a vote; answers its id, so that a comment typed just after can complete it. */
  recordPageFeedback(page: string, useful: boolean, comment: string | undefined): Promise<number>
  /** Adds the comment to the vote (once, within the hour, same page); false otherwise. */
  commentPageFeedback(id: number, page: string, comment: string): Promise<boolean>
  /** The aggregates of `public.public_statistics()`, as it answers them (checked by the caller). */
  publicStatistics(): Promise<unknown>
  /** Reserves pending emails (they come back later if not marked sent). */
  claimOutbox(maxRows: number): Promise<OutboxMessage[]>
  markOutboxSent(id: number): Promise<void>
  markOutboxFailed(id: number, error: string): Promise<void>
  /** Empties the personal data past its date; answers the stored files to delete. */
  purgeExpiredPersonalData(): Promise<string[]>
  /** Answers if the database does; counts what it holds. */
  health(): Promise<{
    consultations: number
    pendingEmails: number
    oldestPendingEmailMinutes: number | null
  }>
  /** Releases the connection, if any. */
  close(): Promise<void>
}

/**
 * A SQL function refused the call on purpose (SQLSTATE 22023, message "<field>: <French text>"):
 * the field and the text may be shown to the person. Nothing else is ever shown.
 */
export class StoreRejection extends Error {
  override name = 'StoreRejection'
  readonly field: string
  readonly userMessage: string
  constructor(message: string, reason: string, options?: ErrorOptions) {
    super(message, options)
    const [, field = '', text = reason] = /^([A-Za-z_]+): (.+)$/s.exec(reason) ?? []
    this.field = field
    this.userMessage = text
  }
}

/** The idempotency key was already used for another request. */
export class StoreConflict extends Error {
  override name = 'StoreConflict'
}

/** The database could not be reached or failed: worth retrying later. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable'
}

/**
 * Maps a SQLSTATE to the store's errors: 22023 is a refusal our SQL functions raise on purpose,
 * DK409 a conflict; anything else — a violated constraint (class 23) included, since the input
 * was validated before — is a fault of ours: unavailable (logged, 503), never shown.
 */
export function storeError(
  sqlState: string | undefined,
  message: string,
  cause?: unknown,
  reason = message,
): Error {
  if (sqlState === 'DK409') return new StoreConflict(message, { cause })
  if (sqlState === '22023') return new StoreRejection(message, reason, { cause })
  return new StoreUnavailable(message, { cause })
}

/** The arguments of `public.submit_consultation`, by name. */
export function toSubmissionArguments(consultation: Consultation, context: SubmissionContext) {
  return {
    payload: {
      applicant_kind: consultation.applicantKind,
      first_name: consultation.firstName,
      last_name: consultation.lastName,
      email: consultation.email,
      phone: consultation.phone ?? null,
      address: consultation.address,
      postcode: consultation.postcode,
      commune: consultation.commune,
      insee_code: consultation.inseeCode ?? null,
      cadastral_reference: consultation.cadastralReference ?? null,
      declared_protection: consultation.protection,
      works_types: consultation.worksTypes,
      description: consultation.description,
      project_stage: consultation.projectStage,
      answer_kind: consultation.answerKind,
      consent: consultation.consent,
      source: context.source,
    },
    tracking_token_hash: context.trackingTokenHash,
    tracking_url: context.trackingUrl,
    idempotency_key: context.idempotency?.key ?? null,
    request_hash: context.idempotency?.requestHash ?? null,
  }
}
