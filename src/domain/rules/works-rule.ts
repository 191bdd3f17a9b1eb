// One row of a works table: where it applies, on which conditions, and what it concludes.
import type { SourceId } from '../procedure-sources.ts'
import type { Condition } from './conditions.ts'
import type { Zone } from './context.ts'
import type { Certainty, ProcedureKind } from './types.ts'

export interface WorksRule {
  /** The protections where the row applies; everywhere when absent. */
  where?: Zone[]
  /** Every condition must hold; none when absent. */
  when?: Condition[]
  /** Rows of different parts are read separately (a shopfront and its sign). */
  part?: string
  procedure: ProcedureKind
  certainty?: Certainty
  text: string
  sources: SourceId[]
}

/** Abords (with the ABF's accord), SPR and site classé: the R421-2 exemptions do not apply. */
export const protege: Zone[] = ['abords', 'spr', 'site_classe']
/** The same, and the site inscrit. */
export const protegeOuInscrit: Zone[] = [...protege, 'site_inscrit']
/** Abords and SPR: the ABF's accord. */
export const accordAbf: Zone[] = ['abords', 'spr']
