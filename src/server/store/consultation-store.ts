import type { Consultation } from '../../domain/consultation-schema.ts'

export type StoreKind = 'postgres' | 'supabase'

/** What the server adds to a validated request when it stores it. */
export interface SubmissionContext {
  /** SHA-256 of the applicant's tracking token; the token itself is never stored. */
  trackingTokenHash: Buffer
  /** The applicant's tracking link, kept only until the acknowledgement email is sent. */
  trackingUrl: string
  /** 'site', or the origin of the partner site that embeds the form. */
  source: string
}

export interface SubmissionResult {
  reference: string
  udapCode: string
  /** False when the same client key was already stored: the first reference is answered. */
  created: boolean
}

/** What the applicant sees on the tracking page: `public.consultation_tracking`'s answer. */
export interface TrackingView {
  reference: string
  status: string
  created_at: string
  updated_at: string
  answered_at: string | null
  answer: string | null
  udap: { name: string; email: string | null; phone: string | null }
  attachments: number
  timeline: { kind: string; status: string | null; at: string; motivation: string | null }[]
}

/** The port the functions talk to. All writes go through SQL functions of the migrations. */
export interface ConsultationStore {
  readonly kind: StoreKind
  /** Stores a validated request in one transaction and returns its reference. */
  submitConsultation(
    consultation: Consultation,
    context: SubmissionContext,
  ): Promise<SubmissionResult>
  /** The tracking view of the request whose token has this SHA-256, if any. */
  tracking(trackingTokenHash: Buffer): Promise<TrackingView | undefined>
  /** Answers if the database does; counts what it holds. */
  health(): Promise<{ consultations: number }>
  /** Releases the connection, if any. */
  close(): Promise<void>
}

/** The database refused the data (a constraint, a bad value): the caller's fault, not ours. */
export class StoreRejection extends Error {
  override name = 'StoreRejection'
}

/** The database could not be reached or failed: worth retrying later. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable'
}

/** The arguments of `public.submit_consultation(payload, tracking_token_hash, tracking_url)`. */
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
      client_key: consultation.clientKey ?? null,
      source: context.source,
    },
    trackingTokenHash: context.trackingTokenHash,
    trackingUrl: context.trackingUrl,
  }
}

/** The JSON `submit_consultation` answers. */
export interface SubmissionRow {
  reference: string
  udap_code: string
  created: boolean
}

export function fromSubmissionRow(row: SubmissionRow): SubmissionResult {
  return { reference: row.reference, udapCode: row.udap_code, created: row.created }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint) mean bad data. */
export function isDataError(sqlState: string | undefined): boolean {
  return sqlState !== undefined && /^2[23]/.test(sqlState)
}
