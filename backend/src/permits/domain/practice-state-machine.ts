import { addDays, type IsoDate, parseIsoDate } from '../../common/calendar/civil-date.js';
import type { DomainError } from '../../common/errors/domain-error.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { type HolidayCalendar, NATIONAL_HOLIDAYS } from './legal-calendar.js';
import { type LegalClock, type LegalMilestoneKind, legalClock, observationPeriodEnd } from './legal-clock.js';
import {
  type CaseOfficer,
  currentState,
  type Practice,
  type PracticeActor,
  type PracticeActorRole,
  type PracticeDecision,
  type PracticeTransition,
} from './practice.js';
import { PracticeErrors } from './practice-errors.js';
import { PRACTICE_STATE_INFO, type PracticeState } from './practice-state.js';
import type { PracticeType } from './practice-type.js';

/** Input a transition needs besides the target state; which ones depend on the transition (`requires`). */
export type TransitionField = 'caseOfficer' | 'dueDate' | 'requestedDocuments' | 'publicNote' | 'decision';

export interface TransitionRequest {
  to: PracticeState;
  /** The state the actor saw. If the practice moved meanwhile, the request fails instead of overwriting. */
  expectedState?: PracticeState;
  publicNote?: string | null;
  internalNote?: string | null;
  /**
   * The applicant's deadline (`YYYY-MM-DD`) for integrations and design changes. For a preavviso di diniego it is
   * ignored: the law fixes 10 days for observations and the state machine sets it.
   */
  dueDate?: string | null;
  requestedDocuments?: readonly string[];
  caseOfficer?: CaseOfficer | null;
  decision?: Partial<PracticeDecision> | null;
}

export interface AllowedTransition {
  to: PracticeState;
  requires: readonly TransitionField[];
}

export interface TransitionResult {
  state: PracticeState;
  transition: PracticeTransition;
}

interface GuardContext {
  practice: Practice;
  today: IsoDate;
  calendar: HolidayCalendar;
  clock: LegalClock;
}

/** A legal condition on the practice and the day, independent of the request's content. */
type Guard = (context: GuardContext) => DomainError | null;

interface TransitionRule {
  types: readonly PracticeType[];
  from: readonly PracticeState[];
  to: PracticeState;
  roles: readonly PracticeActorRole[];
  requires: readonly TransitionField[];
  guards: readonly Guard[];
}

function milestone(clock: LegalClock, kind: LegalMilestoneKind): IsoDate | null {
  return clock.milestones.find((candidate) => candidate.kind === kind)?.date ?? null;
}

function currentEntry(practice: Practice): PracticeTransition {
  return practice.timeline.at(-1)!;
}

const firstIntegrationRequest: Guard = ({ practice }) =>
  practice.timeline.some((transition) => transition.to === 'integration_requested')
    ? PracticeErrors.integrationAlreadyRequested()
    : null;

const withinIntegrationRequestLimit: Guard = ({ clock, today }) => {
  const lastDay = milestone(clock, 'integration_request_limit')!;
  return today > lastDay ? PracticeErrors.integrationRequestTooLate(lastDay) : null;
};

const withinReviewTerm: Guard = ({ clock, today }) => {
  const lastDay = milestone(clock, 'review_proposal');
  return lastDay !== null && today > lastDay ? PracticeErrors.changesRequestTooLate(lastDay) : null;
};

const refusalNoticeGiven: Guard = ({ practice }) =>
  practice.timeline.some((transition) => transition.to === 'refusal_notice')
    ? null
    : PracticeErrors.refusalNoticeRequired();

const observationPeriodOver: Guard = ({ practice, today, calendar }) => {
  const notice = currentEntry(practice);
  const until = notice.dueDate ?? observationPeriodEnd(romeDay(notice.at), calendar);
  return today > until ? null : PracticeErrors.observationPeriodOpen(until);
};

/** A request recorded without a due date (imported from elsewhere) has nothing left to wait for. */
const integrationDueDatePassed: Guard = ({ practice, today }) => {
  const { dueDate } = currentEntry(practice);
  return dueDate === null || today > dueDate ? null : PracticeErrors.integrationDueDateNotPassed(dueDate);
};

/** SCIA and SCIA alternativa: prohibitions and conformation requests only within the 30-day window. */
const withinControlWindow: Guard = ({ practice, clock, today }) => {
  if (practice.type !== 'SCIA' && practice.type !== 'SCIA_ALTERNATIVA') return null;
  return clock.deadline !== null && today > clock.deadline
    ? PracticeErrors.controlWindowExpired(clock.deadline)
    : null;
};

/** SCIA alternativa: works may start only once the window for the order not to proceed has passed. */
const controlWindowOver: Guard = ({ clock, today }) => {
  if (clock.deadline === null) return PracticeErrors.controlWindowPaused();
  return today > clock.deadline ? null : PracticeErrors.controlWindowOpen(clock.deadline);
};

const STAFF: readonly PracticeActorRole[] = ['permits'];
const PARTIES_OR_STAFF: readonly PracticeActorRole[] = ['applicant', 'technician', 'permits'];
const APPLICANT: readonly PracticeActorRole[] = ['applicant'];
const CHECKED: readonly PracticeType[] = ['CILA', 'SCA', 'CFL', 'SCIA', 'SCIA_ALTERNATIVA'];
const SELF_CERTIFIED_OPEN: readonly PracticeState[] = [
  'effective',
  'under_check',
  'integration_requested',
  'integrations_submitted',
];

function rule(
  types: readonly PracticeType[],
  from: readonly PracticeState[],
  to: PracticeState,
  roles: readonly PracticeActorRole[],
  requires: readonly TransitionField[] = [],
  guards: readonly Guard[] = [],
): TransitionRule {
  return { types, from, to, roles, requires, guards };
}

/** Every move there is. For a given type, current state and target state there is at most one rule. */
const RULES: readonly TransitionRule[] = [
  // Permesso di costruire (art. 20)
  rule(['PDC'], ['submitted'], 'assigned', STAFF, ['caseOfficer']),
  rule(['PDC'], ['assigned'], 'under_review', STAFF),
  rule(
    ['PDC'],
    ['assigned', 'under_review'],
    'integration_requested',
    STAFF,
    ['dueDate', 'requestedDocuments'],
    [firstIntegrationRequest, withinIntegrationRequestLimit],
  ),
  rule(['PDC'], ['integrations_submitted'], 'under_review', STAFF),
  rule(['PDC'], ['under_review'], 'changes_requested', STAFF, ['dueDate', 'publicNote'], [withinReviewTerm]),
  rule(['PDC'], ['changes_requested'], 'under_review', PARTIES_OR_STAFF),
  rule(['PDC'], ['under_review'], 'refusal_notice', STAFF, ['publicNote']),
  // Observations on the preavviso di diniego, filed by the applicant or recorded by the office.
  rule(['PDC'], ['refusal_notice'], 'under_review', PARTIES_OR_STAFF),
  rule(['PDC'], ['refusal_notice'], 'rejected', STAFF, ['decision', 'publicNote'], [observationPeriodOver]),
  rule(['PDC'], ['under_review'], 'rejected', STAFF, ['decision', 'publicNote'], [refusalNoticeGiven]),
  rule(['PDC'], ['under_review'], 'granted', STAFF, ['decision']),
  rule(
    ['PDC'],
    [
      'submitted',
      'assigned',
      'under_review',
      'integration_requested',
      'integrations_submitted',
      'changes_requested',
      'refusal_notice',
    ],
    'withdrawn',
    APPLICANT,
  ),

  // Integrations, for every type with a review or a check
  rule(['PDC', ...CHECKED], ['integration_requested'], 'integrations_submitted', PARTIES_OR_STAFF),
  // Improcedibile: the documents never arrived.
  rule(
    ['PDC', 'CILA', 'SCA', 'CFL'],
    ['integration_requested'],
    'archived',
    STAFF,
    [],
    [integrationDueDatePassed],
  ),
  // SCIA: without the requested measures the activity is prohibited by law (art. 19, comma 3, L. 241/1990).
  rule(
    ['SCIA', 'SCIA_ALTERNATIVA'],
    ['integration_requested'],
    'rejected',
    STAFF,
    ['decision', 'publicNote'],
    [integrationDueDatePassed],
  ),

  // Checks on self-certified titles (CILA, SCA, SCIA), on end-of-works notices, and the SCIA alternativa window
  rule(['CILA', 'SCA', 'CFL', 'SCIA'], ['effective'], 'under_check', STAFF),
  rule(['SCIA_ALTERNATIVA'], ['submitted'], 'under_check', STAFF),
  rule(
    CHECKED,
    ['under_check'],
    'integration_requested',
    STAFF,
    ['dueDate', 'requestedDocuments'],
    [withinControlWindow],
  ),
  rule(CHECKED, ['integrations_submitted'], 'under_check', STAFF),
  rule(['CILA', 'SCA', 'CFL', 'SCIA'], ['under_check'], 'effective', STAFF),
  rule(
    ['SCIA_ALTERNATIVA'],
    ['submitted', 'under_check'],
    'effective',
    ['permits', 'system'],
    [],
    [controlWindowOver],
  ),
  rule(CHECKED, ['under_check'], 'rejected', STAFF, ['decision', 'publicNote'], [withinControlWindow]),
  rule(['CIL'], ['effective'], 'withdrawn', APPLICANT),
  rule(['CILA', 'SCA', 'CFL', 'SCIA'], SELF_CERTIFIED_OPEN, 'withdrawn', APPLICANT),
  rule(['SCIA_ALTERNATIVA'], ['submitted', ...SELF_CERTIFIED_OPEN], 'withdrawn', APPLICANT),
];

/** A move of the state machine without its conditions: for checks that every state can be reached and left. */
export interface PracticeMove {
  types: readonly PracticeType[];
  from: readonly PracticeState[];
  to: PracticeState;
}

export const PRACTICE_MOVES: readonly PracticeMove[] = RULES.map(({ types, from, to }) => ({
  types,
  from,
  to,
}));

/** Self-certified titles are in force on submission; PdC and SCIA alternativa wait for the office or the term. */
export function initialState(type: PracticeType): PracticeState {
  return type === 'PDC' || type === 'SCIA_ALTERNATIVA' ? 'submitted' : 'effective';
}

function rulesFrom(practice: Practice): TransitionRule[] {
  const state = currentState(practice);
  return RULES.filter(
    (candidate) => candidate.types.includes(practice.type) && candidate.from.includes(state),
  );
}

function guardContext(practice: Practice, now: Date, calendar: HolidayCalendar): GuardContext {
  return { practice, today: romeDay(now), calendar, clock: legalClock(practice, now, calendar) };
}

function firstGuardError(candidate: TransitionRule, context: GuardContext): DomainError | null {
  for (const guard of candidate.guards) {
    const error = guard(context);
    if (error) return error;
  }
  return null;
}

function allowedFor(practice: Practice, role: PracticeActorRole, context: GuardContext): AllowedTransition[] {
  return rulesFrom(practice)
    .filter((candidate) => candidate.roles.includes(role) && firstGuardError(candidate, context) === null)
    .map((candidate) => ({ to: candidate.to, requires: candidate.requires }));
}

/** The moves `actorRole` can make now, with the input each one needs. */
export function allowedTransitions(
  practice: Practice,
  actorRole: PracticeActorRole,
  now: Date,
  calendar: HolidayCalendar = NATIONAL_HOLIDAYS,
): AllowedTransition[] {
  return allowedFor(practice, actorRole, guardContext(practice, now, calendar));
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** Art. 19, comma 3, L. 241/1990: at least 30 days to conform a SCIA (applied to the SCIA alternativa too). */
function minimumDueDays(type: PracticeType, to: PracticeState): number {
  return to === 'integration_requested' && (type === 'SCIA' || type === 'SCIA_ALTERNATIVA') ? 30 : 1;
}

function validDueDate(practice: Practice, request: TransitionRequest, today: IsoDate): IsoDate {
  const dueDate = request.dueDate?.trim() ?? '';
  if (!parseIsoDate(dueDate)) throw PracticeErrors.integrationDueDateRequired();
  if (dueDate <= today) throw PracticeErrors.dueDateNotInFuture();
  const earliest = addDays(today, minimumDueDays(practice.type, request.to));
  if (dueDate < earliest) throw PracticeErrors.dueDateTooShort(earliest);
  return dueDate;
}

function validDecision(practice: Practice, request: TransitionRequest, today: IsoDate): PracticeDecision {
  const decision = request.decision;
  const number = decision?.number?.trim();
  if (!decision || !number || !decision.date) throw PracticeErrors.decisionRequired();
  const expected = request.to === 'granted' ? 'granted' : 'rejected';
  if (decision.outcome !== expected) throw PracticeErrors.decisionOutcomeMismatch(expected);
  const submittedOn = romeDay(practice.timeline[0].at);
  if (!parseIsoDate(decision.date) || decision.date < submittedOn || decision.date > today) {
    throw PracticeErrors.decisionDateInvalid(submittedOn, today);
  }
  return { number, date: decision.date, outcome: expected };
}

function validDocuments(request: TransitionRequest): string[] {
  const documents = (request.requestedDocuments ?? [])
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (documents.length === 0) throw PracticeErrors.requestedDocumentsRequired();
  return documents;
}

function validCaseOfficer(request: TransitionRequest): CaseOfficer {
  const id = request.caseOfficer?.id?.trim();
  const name = request.caseOfficer?.name?.trim();
  if (!id || !name) throw PracticeErrors.caseOfficerRequired();
  return { id, name };
}

/**
 * Moves a practice to `request.to` on behalf of `actor`, or throws a DomainError saying why it cannot. Checks,
 * in order: concurrent change, the move exists for this type and state, the actor's role, the legal conditions
 * of the day, the request's content. Returns the new state and the timeline entry to append.
 */
export function applyTransition(
  practice: Practice,
  request: TransitionRequest,
  actor: PracticeActor,
  now: Date,
  calendar: HolidayCalendar = NATIONAL_HOLIDAYS,
): TransitionResult {
  const from = currentState(practice);
  if (request.expectedState !== undefined && request.expectedState !== from) {
    throw PracticeErrors.stateConflict(from);
  }
  const context = guardContext(practice, now, calendar);
  const found = rulesFrom(practice).find((candidate) => candidate.to === request.to);
  if (!found) {
    const allowed = allowedFor(practice, actor.role, context).map((option) => option.to);
    throw PracticeErrors.transitionNotAllowed(from, request.to, allowed);
  }
  if (!found.roles.includes(actor.role)) throw PracticeErrors.roleNotAllowed(found.to, found.roles);
  const guardError = firstGuardError(found, context);
  if (guardError) throw guardError;

  const { today } = context;
  const publicNote = blankToNull(request.publicNote);
  if (found.requires.includes('publicNote') && publicNote === null) throw PracticeErrors.publicNoteRequired();
  const transition: PracticeTransition = {
    from,
    to: found.to,
    at: now.toISOString(),
    actor,
    publicNote,
    internalNote: blankToNull(request.internalNote),
    dueDate: found.requires.includes('dueDate') ? validDueDate(practice, request, today) : null,
    decision: found.requires.includes('decision') ? validDecision(practice, request, today) : null,
    requestedDocuments: found.requires.includes('requestedDocuments') ? validDocuments(request) : [],
    caseOfficer: found.requires.includes('caseOfficer') ? validCaseOfficer(request) : null,
  };
  // The law, not the office, fixes the days for observations (art. 10-bis L. 241/1990).
  if (PRACTICE_STATE_INFO[found.to].term === 'suspends_for_observations') {
    transition.dueDate = observationPeriodEnd(today, calendar);
  }
  return { state: found.to, transition };
}

/** The first timeline entry of a new practice: its submission, on the day of the protocol. */
export function startPractice(
  type: PracticeType,
  actor: PracticeActor,
  now: Date,
  publicNote: string | null = null,
): TransitionResult {
  if (actor.role === 'system') throw PracticeErrors.roleNotAllowed(initialState(type), PARTIES_OR_STAFF);
  const state = initialState(type);
  return {
    state,
    transition: {
      from: null,
      to: state,
      at: now.toISOString(),
      actor,
      publicNote: blankToNull(publicNote),
      internalNote: null,
      dueDate: null,
      decision: null,
      requestedDocuments: [],
      caseOfficer: null,
    },
  };
}
