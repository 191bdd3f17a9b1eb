import type { Consultation } from '../../domain/consultation-schema.ts'

export type StoreKind = 'postgres' | 'supabase'

/** The port the functions talk to. All writes go through SQL functions of the migrations. */
export interface ConsultationStore {
  readonly kind: StoreKind
  /** Stores a validated request in one transaction and returns its reference. */
  submitConsultation(consultation: Consultation): Promise<{ reference: string }>
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

/** The `payload` argument of `public.submit_consultation(jsonb)`. */
export function toSubmissionPayload(consultation: Consultation): Record<string, unknown> {
  return {
    applicant_kind: consultation.applicantKind,
    first_name: consultation.firstName,
    last_name: consultation.lastName,
    email: consultation.email,
    phone: consultation.phone ?? null,
    address: consultation.address,
    postcode: consultation.postcode,
    commune: consultation.commune,
    description: consultation.description,
    consent: consultation.consent,
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint) mean bad data. */
export function isDataError(sqlState: string | undefined): boolean {
  return sqlState !== undefined && /^2[23]/.test(sqlState)
}
