import type { Practice, PracticeTransition } from '../domain/practice.js';
import type { IntegrationRequest } from './integration-request.entity.js';
import type { PracticeDocument } from './practice-document.entity.js';
import type { PracticeParty } from './practice-party.entity.js';
import type { PracticeRecord } from './practice-record.entity.js';
import type { PracticeTransitionRecord } from './practice-transition.entity.js';

/** Everything stored about one practice, as one unit the services load, decide on and save. */
export interface PracticeAggregate {
  record: PracticeRecord;
  parties: PracticeParty[];
  /** Oldest first. */
  timeline: PracticeTransitionRecord[];
  /** Oldest first. */
  requests: IntegrationRequest[];
  /** Oldest first. */
  documents: PracticeDocument[];
}

export function toDomainTransition(row: PracticeTransitionRecord): PracticeTransition {
  return {
    from: row.fromState,
    to: row.toState,
    at: row.at.toISOString(),
    actor: { id: row.actorId, role: row.actorRole, name: row.actorName },
    publicNote: row.publicNote,
    internalNote: row.internalNote,
    dueDate: row.dueDate,
    decision:
      row.decisionNumber && row.decisionDate && row.decisionOutcome
        ? { number: row.decisionNumber, date: row.decisionDate, outcome: row.decisionOutcome }
        : null,
    requestedDocuments: row.requestedDocuments,
    caseOfficer:
      row.caseOfficerId && row.caseOfficerName ? { id: row.caseOfficerId, name: row.caseOfficerName } : null,
  };
}

/** The practice as the pure domain sees it. */
export function toDomainPractice(aggregate: PracticeAggregate): Practice {
  return {
    type: aggregate.record.type,
    timeline: aggregate.timeline.map(toDomainTransition),
    constraints: aggregate.record.constraints,
    doubledTerms: aggregate.record.doubledTerms,
  };
}

/** The request the applicant can still answer: the latest one, while the practice waits in its state. */
export function openRequest(aggregate: PracticeAggregate): IntegrationRequest | null {
  const latest = aggregate.requests.at(-1);
  const last = aggregate.timeline.at(-1);
  if (!latest || !last || latest.answeredAt !== null) return null;
  return last.id === latest.transitionId ? latest : null;
}
