import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { PracticeState } from './practice-state.js';
import type { PracticeType } from './practice-type.js';

/**
 * Who acts on a practice. `applicant` covers co-applicants (co-titolari); `technician` is the designer who
 * files on their behalf; `permits` is SUE staff (the auth role of the same name); `system` is the scheduler
 * that records what happens by law when a term passes.
 */
export type PracticeActorRole = 'applicant' | 'technician' | 'permits' | 'system';

export interface PracticeActor {
  id: string;
  role: PracticeActorRole;
  name: string;
}

/** The formal act that concludes a procedure (provvedimento): its register number and date. */
export interface PracticeDecision {
  number: string;
  date: IsoDate;
  outcome: 'granted' | 'rejected';
}

/** The responsabile del procedimento (art. 20, comma 2; L. 241/1990 artt. 4-5). */
export interface CaseOfficer {
  id: string;
  name: string;
}

/** One entry of a practice's timeline. The first entry of every practice has `from: null` (the submission). */
export interface PracticeTransition {
  from: PracticeState | null;
  to: PracticeState;
  /** ISO 8601 instant. Legal terms use its calendar day in Europe/Rome. */
  at: string;
  actor: PracticeActor;
  /** Shown to the applicant and sent in notifications. */
  publicNote: string | null;
  /** Staff only: never shown to residents, never put in a notification. */
  internalNote: string | null;
  /** The applicant's deadline: integration documents, answer to design changes, observations. */
  dueDate: IsoDate | null;
  decision: PracticeDecision | null;
  /** Documents asked for by an integration request. */
  requestedDocuments: readonly string[];
  caseOfficer: CaseOfficer | null;
}

/**
 * Protection constraints (vincoli idrogeologici, ambientali, paesaggistici, culturali) on the property, as they
 * matter for silenzio-assenso (art. 20, comma 8, as amended by L. 182/2025 art. 40):
 * - `none`: no constraint;
 * - `cleared`: constrained, but the assents of the protecting authorities on these drawings were already
 *   acquired and are still valid, so silence still means consent;
 * - `pending`: constrained and those assents are missing: a conferenza di servizi is needed, no silent consent.
 */
export type ProtectionConstraints = 'none' | 'cleared' | 'pending';

/** What the domain needs to know about a practice. The current state is the last timeline entry's `to`. */
export interface Practice {
  type: PracticeType;
  /** Oldest first; never empty. */
  timeline: readonly PracticeTransition[];
  constraints: ProtectionConstraints;
  /**
   * Art. 20, comma 7: the terms of commi 3 and 5 double in comuni over 100,000 inhabitants and for projects the
   * case officer declares particularly complex.
   */
  doubledTerms?: boolean;
}

export function currentState(practice: Practice): PracticeState {
  const last = practice.timeline.at(-1);
  if (!last) throw new RangeError('A practice always has its submission in the timeline');
  return last.to;
}
