import { viewLocale } from '../../common/http/request-context.js';
import { legalClock } from '../domain/legal-clock.js';
import type { PracticeActorRole } from '../domain/practice.js';
import { PRACTICE_STATE_INFO } from '../domain/practice-state.js';
import { type AllowedTransition, allowedTransitions } from '../domain/practice-state-machine.js';
import { PRACTICE_TYPE_INFO } from '../domain/practice-type.js';
import { openRequest, type PracticeAggregate, toDomainPractice } from '../persistence/practice-aggregate.js';
import type { PracticeDocument } from '../persistence/practice-document.entity.js';
import type { PartyRole } from '../persistence/practice-party.entity.js';
import type { PracticeTransitionRecord } from '../persistence/practice-transition.entity.js';
import type {
  AllowedTransitionView,
  DecisionView,
  DocumentView,
  OfficeView,
  ResidentPracticeView,
  StaffPracticeView,
  TimelineEntryView,
} from './practice-views.js';

export interface ViewContext {
  now: Date;
  today: string;
  office: OfficeView;
}

/** How a resident acts on a practice: co-applicants act as applicants; a technician only as technician. */
export function actorRoleOf(
  roles: readonly PartyRole[],
): Extract<PracticeActorRole, 'applicant' | 'technician'> {
  return roles.some((role) => role === 'applicant' || role === 'co_applicant') ? 'applicant' : 'technician';
}

function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

function allowedView(options: readonly AllowedTransition[]): AllowedTransitionView[] {
  return options.map((option) => ({
    to: option.to,
    label: PRACTICE_STATE_INFO[option.to].label[viewLocale()],
    requires: option.requires,
  }));
}

function decisionOf(row: PracticeTransitionRecord): DecisionView | null {
  return row.decisionNumber && row.decisionDate && row.decisionOutcome
    ? { number: row.decisionNumber, date: row.decisionDate, outcome: row.decisionOutcome }
    : null;
}

function timelineEntry(row: PracticeTransitionRecord): TimelineEntryView {
  return {
    seq: row.seq,
    from: row.fromState,
    fromLabel: row.fromState ? PRACTICE_STATE_INFO[row.fromState].label[viewLocale()] : null,
    to: row.toState,
    toLabel: PRACTICE_STATE_INFO[row.toState].label[viewLocale()],
    at: row.at.toISOString(),
    actor: { role: row.actorRole, name: row.actorName },
    publicNote: row.publicNote,
    dueDate: row.dueDate,
    decision: decisionOf(row),
    requestedDocuments: row.requestedDocuments,
  };
}

export function documentView(document: PracticeDocument): DocumentView {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: Number(document.sizeBytes),
    sha256: document.sha256,
    uploadedAt: document.uploadedAt.toISOString(),
    uploadedBy: { role: document.uploadedByRole, name: document.uploadedByName },
    integrationRequestId: document.integrationRequestId,
    signature:
      document.signerName && document.signatureFormat && document.signedAt
        ? {
            signerName: document.signerName,
            signerFiscalCode: document.signerFiscalCode,
            signedAt: document.signedAt.toISOString(),
            format: document.signatureFormat,
          }
        : null,
  };
}

function common(aggregate: PracticeAggregate, context: ViewContext) {
  const { record } = aggregate;
  const practice = toDomainPractice(aggregate);
  const open = openRequest(aggregate);
  const state = PRACTICE_STATE_INFO[record.state];
  const decided = [...aggregate.timeline].reverse().find((row) => row.decisionNumber !== null);
  return {
    practice,
    open,
    view: {
      id: record.id,
      version: record.version,
      protocolNumber: record.protocolNumber,
      protocolDate: record.protocolDate,
      type: record.type,
      typeLabel: PRACTICE_TYPE_INFO[record.type].label[viewLocale()],
      legalBasis: PRACTICE_TYPE_INFO[record.type].legalBasis,
      state: record.state,
      stateLabel: state.label[viewLocale()],
      bucket: state.bucket,
      terminal: state.terminal,
      address: record.address,
      cadastral: {
        sheet: record.cadastralSheet,
        parcel: record.cadastralParcel,
        subaltern: record.cadastralSubaltern,
      },
      description: record.description,
      office: context.office,
      legalClock: legalClock(practice, context.now),
      requests: aggregate.requests.map((request) => ({
        id: request.id,
        kind: request.kind,
        requestedAt: request.requestedAt.toISOString(),
        dueDate: request.dueDate,
        requestedDocuments: request.requestedDocuments,
        answeredAt: request.answeredAt?.toISOString() ?? null,
        open: request.id === open?.id,
      })),
      documents: aggregate.documents.map(documentView),
      decision: decided ? decisionOf(decided) : null,
      updatedAt: record.updatedAt.toISOString(),
    },
  };
}

/** What a party sees: no internal notes, and of the other parties only their names and roles. */
export function residentView(
  aggregate: PracticeAggregate,
  viewerFiscalCode: string,
  context: ViewContext,
): ResidentPracticeView {
  const { practice, open, view } = common(aggregate, context);
  const yourRoles = aggregate.parties
    .filter((party) => party.fiscalCode === viewerFiscalCode)
    .map((party) => party.role);
  const { record } = aggregate;
  return {
    ...view,
    yourRoles,
    parties: aggregate.parties.map((party) => ({ role: party.role, name: personName(party) })),
    caseOfficer: record.caseOfficerName ? { name: record.caseOfficerName } : null,
    timeline: aggregate.timeline.map(timelineEntry),
    actions: {
      transitions: allowedView(allowedTransitions(practice, actorRoleOf(yourRoles), context.now)),
      uploadDocuments: open !== null,
    },
  };
}

export function staffView(aggregate: PracticeAggregate, context: ViewContext): StaffPracticeView {
  const { practice, view } = common(aggregate, context);
  const { record } = aggregate;
  return {
    ...view,
    parties: aggregate.parties.map((party) => ({
      role: party.role,
      name: personName(party),
      fiscalCode: party.fiscalCode,
      email: party.email,
      nameFromRegistry: party.nameFromRegistry ?? false,
    })),
    caseOfficer:
      record.caseOfficerFiscalCode && record.caseOfficerName
        ? { fiscalCode: record.caseOfficerFiscalCode, name: record.caseOfficerName }
        : null,
    constraints: record.constraints,
    doubledTerms: record.doubledTerms,
    officeDeadline: record.officeDeadline,
    overdue: record.officeDeadline !== null && record.officeDeadline < context.today,
    timeline: aggregate.timeline.map((row) => ({
      ...timelineEntry(row),
      actor: { id: row.actorId, role: row.actorRole, name: row.actorName },
      internalNote: row.internalNote,
    })),
    allowedTransitions: allowedView(allowedTransitions(practice, 'permits', context.now)),
  };
}
