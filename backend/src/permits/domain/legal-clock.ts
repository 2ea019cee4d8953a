import { addDays, type IsoDate, isoToEpochDay } from '../../common/calendar/civil-date.js';
import { italianDate } from '../../common/italian/italian-date.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { type HolidayCalendar, NATIONAL_HOLIDAYS, termEnd } from './legal-calendar.js';
import { currentState, type Practice, type PracticeTransition } from './practice.js';
import { PRACTICE_STATE_INFO } from './practice-state.js';

/** Terms in calendar days. */
export const LEGAL_TERMS = {
  /** Art. 20, comma 2: the SUE names the case officer. */
  caseOfficer: 10,
  /** Art. 20, comma 5: the only integration request must come within this many days of submission. */
  integrationRequest: 30,
  /** Art. 20, comma 3: review and proposed decision. */
  review: 60,
  /** Art. 20, comma 6: the final decision follows the proposal. */
  decision: 30,
  /** Art. 10-bis L. 241/1990: observations on a preavviso di diniego; the term also resumes this long after them. */
  observations: 10,
  /** Art. 19, commi 3 and 6-bis, L. 241/1990 (SCIA) and art. 23, comma 6 (SCIA alternativa). */
  control: 30,
} as const;

export type LegalClockKind =
  | 'pdc_decision'
  | 'scia_control'
  | 'scia_alternativa_control'
  | 'no_legal_term'
  | 'concluded';

export type LegalMilestoneKind =
  | 'case_officer'
  | 'integration_request_limit'
  | 'review_proposal'
  | 'decision'
  | 'control_window'
  | 'applicant_due';

export interface LegalMilestone {
  kind: LegalMilestoneKind;
  /** Last day of the term; `null` while the clock is paused and the day cannot be known yet. */
  date: IsoDate | null;
  /**
   * The date passed and the act it asks for is not recorded. Limits (the integration request limit, the control
   * window) and acts the portal does not record (the review proposal) are never overdue.
   */
  overdue: boolean;
}

export interface LegalClock {
  kind: LegalClockKind;
  /** Last day of the main term (decision, control window); `null` while paused or when there is none. */
  deadline: IsoDate | null;
  /**
   * Calendar days from today to `deadline` (negative once passed). While paused: the days the term will still
   * run once it resumes (the whole term after an interruption).
   */
  daysRemaining: number | null;
  /** The main term passed and the office still owes its act. */
  overdue: boolean;
  /** First day on which the permit is tacitly granted (PdC only, when silence means consent). */
  silentConsentDate?: IsoDate;
  paused: boolean;
  /** When a paused term resumes, if that is already known (preavviso di diniego). */
  resumesOn?: IsoDate;
  milestones: readonly LegalMilestone[];
  /** Italian, for residents and staff. */
  explanation: string;
}

/** Last day for observations on a preavviso di diniego notified on `noticeDay`. */
export function observationPeriodEnd(noticeDay: IsoDate, calendar: HolidayCalendar): IsoDate {
  return termEnd(addDays(noticeDay, LEGAL_TERMS.observations), calendar);
}

/**
 * Computes the legal terms of a practice on `now`'s day (Europe/Rome).
 *
 * An integration request interrupts the term: it restarts from zero on the day the documents arrive (art. 20,
 * comma 5; art. 19, comma 3, L. 241/1990 for the SCIA). A request for design changes suspends it until the
 * applicant answers (art. 20, comma 4). A preavviso di diniego suspends it (art. 10-bis L. 241/1990, as amended
 * in 2020): it resumes 10 days after the observations or, without them, when the 10 days to present them end.
 */
export function legalClock(
  practice: Practice,
  now: Date,
  calendar: HolidayCalendar = NATIONAL_HOLIDAYS,
): LegalClock {
  const today = romeDay(now);
  const state = currentState(practice);
  if (PRACTICE_STATE_INFO[state].terminal) return concludedClock(practice);
  const track = trackClock(practice.timeline, calendar);
  switch (practice.type) {
    case 'PDC':
      return pdcClock(practice, track, today, calendar);
    case 'SCIA':
    case 'SCIA_ALTERNATIVA':
      return controlWindowClock(practice, track, today, calendar);
    default:
      return noTermClock(practice, today);
  }
}

/** Days are counted in (anchor, end]: a stretch in which the term ran and then stopped. */
interface Span {
  anchor: IsoDate;
  end: IsoDate;
}

/**
 * Where the term stands after the last entry of the timeline. Each way of standing still carries what its
 * explanation cites, so no combination of fields can describe a pause without its cause:
 * - `running`: the term runs from `from` (the filing, the receipt of the documents, the applicant's answer);
 *   `from` may lie after the day asked about (a clock asked for a day before the filing), and the term is
 *   still running, just not yet begun;
 * - `interrupted`: an integration request (art. 20, comma 5, D.P.R. 380/2001) or a conformation request on a
 *   SCIA (art. 19, comma 3, L. 241/1990): the term will start again from zero;
 * - `changes_requested`: design changes asked for (art. 20, comma 4): suspended until the applicant answers;
 * - `refusal_notice`: preavviso di diniego (art. 10-bis L. 241/1990): suspended, and the law itself says when
 *   it resumes (`resumesOn`): 10 days after the observations or, without them, when the 10 days for them end.
 */
type TermPosition =
  | { kind: 'running'; from: IsoDate }
  | { kind: 'interrupted'; since: IsoDate }
  | { kind: 'changes_requested'; since: IsoDate }
  | { kind: 'refusal_notice'; since: IsoDate; resumesOn: IsoDate };

/** A position in which the term does not run on the day asked about. */
type Pause = Exclude<TermPosition, { kind: 'running' }>;

interface ClockTrack {
  /** Where the count started: the submission, or the receipt of the documents after an interruption. */
  origin: IsoDate;
  restarted: boolean;
  /** Stretches already run since `origin`, before the current position. */
  ran: Span[];
  position: TermPosition;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToEpochDay(to) - isoToEpochDay(from);
}

/** The day the term runs from in `position`, if it runs or will resume by itself. */
function runsFrom(position: TermPosition): IsoDate | null {
  if (position.kind === 'running') return position.from;
  return position.kind === 'refusal_notice' ? position.resumesOn : null;
}

function trackClock(timeline: readonly PracticeTransition[], calendar: HolidayCalendar): ClockTrack {
  const origin = romeDay(timeline[0].at);
  const track: ClockTrack = {
    origin,
    restarted: false,
    ran: [],
    position: { kind: 'running', from: origin },
  };
  for (const transition of timeline.slice(1)) {
    const day = romeDay(transition.at);
    const from = runsFrom(track.position);
    const effect = PRACTICE_STATE_INFO[transition.to].term;
    switch (effect) {
      case 'interrupts':
        track.position = { kind: 'interrupted', since: day };
        break;
      case 'restarts':
        track.origin = day;
        track.restarted = true;
        track.ran = [];
        track.position = { kind: 'running', from: day };
        break;
      case 'suspends_until_answer':
      case 'suspends_for_observations':
        if (from !== null) track.ran.push({ anchor: from, end: day });
        track.position =
          effect === 'suspends_until_answer'
            ? { kind: 'changes_requested', since: day }
            : { kind: 'refusal_notice', since: day, resumesOn: observationPeriodEnd(day, calendar) };
        break;
      case 'none':
        track.position = afterLeaving(track.position, transition, day);
        break;
      default:
        return effect satisfies never;
    }
  }
  return track;
}

/** The position once the practice moves to a state that does not touch the term itself. */
function afterLeaving(position: TermPosition, transition: PracticeTransition, day: IsoDate): TermPosition {
  // Whatever ends the wait for the answer (the answer itself, or the office resuming) restarts the count.
  if (position.kind === 'changes_requested') return { kind: 'running', from: day };
  const leftObservations =
    transition.from !== null && PRACTICE_STATE_INFO[transition.from].term === 'suspends_for_observations';
  if (leftObservations && position.kind === 'refusal_notice' && day <= position.resumesOn) {
    // Observations in time: the term resumes 10 days after them, not when the window for them would end.
    return { ...position, resumesOn: addDays(day, LEGAL_TERMS.observations) };
  }
  return position;
}

/** The position on `today`: a suspension the law ends by itself has ended once its day comes. */
function standingOn(track: ClockTrack, today: IsoDate): TermPosition {
  const position = track.position;
  return position.kind === 'refusal_notice' && position.resumesOn <= today
    ? { kind: 'running', from: position.resumesOn }
    : position;
}

/** Walks the stretches already run: the term's last day if it was reached there, or the days still to run. */
function walkRan(track: ClockTrack, days: number): { reached: IsoDate } | { left: number } {
  let left = days;
  for (const span of track.ran) {
    const length = Math.max(0, daysBetween(span.anchor, span.end));
    if (left <= length) return { reached: addDays(span.anchor, left) };
    left -= length;
  }
  return { left };
}

/**
 * The last day of a term of `days` running days, before the holiday extension: reached in the stretches
 * already run (a term run out before a later pause stays run out), or counted on from where the term runs
 * again; `null` while that day cannot be known (interrupted, or waiting for the applicant's answer).
 */
function rawTermDay(track: ClockTrack, days: number): IsoDate | null {
  if (track.position.kind === 'interrupted') return null;
  const walked = walkRan(track, days);
  if ('reached' in walked) return walked.reached;
  const from = runsFrom(track.position);
  return from === null ? null : addDays(from, walked.left);
}

/** The last day of a term that is running from `from`: always known. */
function runningTermDay(track: ClockTrack, from: IsoDate, days: number): IsoDate {
  const walked = walkRan(track, days);
  return 'reached' in walked ? walked.reached : addDays(from, walked.left);
}

function runningDays(track: ClockTrack, today: IsoDate): number {
  const before = (day: IsoDate) => (day < today ? day : today);
  const ran = track.ran.reduce(
    (sum, span) => sum + Math.max(0, daysBetween(span.anchor, before(span.end))),
    0,
  );
  const from = runsFrom(track.position);
  return ran + (from === null ? 0 : Math.max(0, daysBetween(from, today)));
}

interface Term {
  raw: IsoDate;
  deadline: IsoDate;
}

function toTerm(raw: IsoDate, calendar: HolidayCalendar): Term {
  return { raw, deadline: termEnd(raw, calendar) };
}

function term(track: ClockTrack, days: number, calendar: HolidayCalendar): Term | null {
  const raw = rawTermDay(track, days);
  return raw === null ? null : toTerm(raw, calendar);
}

function holidayNote(found: Term): string {
  return found.raw === found.deadline
    ? ''
    : ` (il ${italianDate(found.raw)} è festivo: la scadenza è prorogata al primo giorno non festivo)`;
}

function suspensionNote(track: ClockTrack, found: Term, days: number): string {
  const suspended = daysBetween(track.origin, found.raw) - days;
  return suspended > 0 ? `, più ${suspended} giorni di sospensione` : '';
}

function daysLeftSentence(days: number): string {
  if (days === 0) return 'Scade oggi.';
  return days === 1 ? 'Manca 1 giorno.' : `Mancano ${days} giorni.`;
}

function entryOf(practice: Practice): PracticeTransition {
  return practice.timeline.at(-1)!;
}

function applicantDue(practice: Practice, today: IsoDate): LegalMilestone[] {
  const entry = entryOf(practice);
  if (PRACTICE_STATE_INFO[entry.to].waitsFor !== 'applicant' || entry.dueDate === null) return [];
  return [{ kind: 'applicant_due', date: entry.dueDate, overdue: today > entry.dueDate }];
}

/** Why the term of a permesso di costruire stands still, and when it runs again. */
function pdcPauseExplanation(practice: Practice, pause: Pause, remaining: number): string {
  const entry = entryOf(practice);
  const since = italianDate(pause.since);
  switch (pause.kind) {
    case 'interrupted': {
      const due = entry.dueDate ? `, da presentare entro il ${italianDate(entry.dueDate)}` : '';
      return (
        `Il termine è interrotto dal ${since} per la richiesta di integrazioni (art. 20, comma 5, D.P.R. 380/2001): ` +
        `ricomincerà a decorrere da zero dalla ricezione dei documenti richiesti${due}.`
      );
    }
    case 'changes_requested':
      return (
        `Il termine è sospeso dal ${since} per la richiesta di modifiche al progetto (art. 20, comma 4, D.P.R. 380/2001): ` +
        `restano ${remaining} giorni, che riprenderanno a decorrere dalla risposta del richiedente.`
      );
    case 'refusal_notice': {
      const resumesOn = italianDate(pause.resumesOn);
      const when =
        PRACTICE_STATE_INFO[entry.to].term === 'suspends_for_observations'
          ? `riprenderanno a decorrere 10 giorni dopo la presentazione delle osservazioni o, se non ne vengono presentate, dal ${resumesOn}`
          : `riprenderanno a decorrere dal ${resumesOn}, 10 giorni dopo la presentazione delle osservazioni`;
      return (
        `Il termine è sospeso dal ${since} per il preavviso di diniego (art. 10-bis L. 241/1990): ` +
        `restano ${remaining} giorni, che ${when}.`
      );
    }
  }
}

const NO_SILENT_CONSENT =
  ' L’immobile è soggetto a vincoli per i quali mancano gli atti di assenso: il silenzio non vale assenso e si procede con la conferenza di servizi (art. 20, comma 8).';

/** Days the term will still run once it runs again: the whole term after an interruption. */
function remainingWhilePaused(track: ClockTrack, pause: Pause, total: number, today: IsoDate): number {
  return pause.kind === 'interrupted' ? total : Math.max(0, total - runningDays(track, today));
}

function pdcClock(
  practice: Practice,
  track: ClockTrack,
  today: IsoDate,
  calendar: HolidayCalendar,
): LegalClock {
  const factor = practice.doubledTerms ? 2 : 1;
  const reviewDays = LEGAL_TERMS.review * factor;
  const totalDays = reviewDays + LEGAL_TERMS.decision;
  const submittedOn = romeDay(practice.timeline[0].at);
  const caseOfficerDay = termEnd(addDays(submittedOn, LEGAL_TERMS.caseOfficer), calendar);
  const caseOfficerNamed = practice.timeline.some((transition) => transition.to === 'assigned');
  const standing = standingOn(track, today);
  const review = term(track, reviewDays, calendar);
  const milestones = (decision: Term | null, overdue: boolean): LegalMilestone[] => [
    { kind: 'case_officer', date: caseOfficerDay, overdue: !caseOfficerNamed && today > caseOfficerDay },
    {
      kind: 'integration_request_limit',
      date: termEnd(addDays(submittedOn, LEGAL_TERMS.integrationRequest * factor), calendar),
      overdue: false,
    },
    { kind: 'review_proposal', date: review?.deadline ?? null, overdue: false },
    { kind: 'decision', date: decision?.deadline ?? null, overdue },
    ...applicantDue(practice, today),
  ];

  if (standing.kind !== 'running') {
    const silenceNote = practice.constraints === 'pending' ? NO_SILENT_CONSENT : '';
    const decision = term(track, totalDays, calendar);
    // A term already run out before a later pause stays run out: the pause cannot revive it.
    if (decision !== null && today > decision.deadline) {
      return pdcTermClock(practice, track, today, decision, milestones(decision, true));
    }
    const remaining = remainingWhilePaused(track, standing, totalDays, today);
    return {
      kind: 'pdc_decision',
      deadline: null,
      daysRemaining: remaining,
      overdue: false,
      paused: true,
      ...(standing.kind === 'refusal_notice' ? { resumesOn: standing.resumesOn } : {}),
      milestones: milestones(decision, false),
      explanation: pdcPauseExplanation(practice, standing, remaining) + silenceNote,
    };
  }
  const decision = toTerm(runningTermDay(track, standing.from, totalDays), calendar);
  return pdcTermClock(practice, track, today, decision, milestones(decision, today > decision.deadline));
}

/** The clock of a permesso di costruire whose decision term is known: running, or run out. */
function pdcTermClock(
  practice: Practice,
  track: ClockTrack,
  today: IsoDate,
  decision: Term,
  milestones: LegalMilestone[],
): LegalClock {
  const totalDays = LEGAL_TERMS.review * (practice.doubledTerms ? 2 : 1) + LEGAL_TERMS.decision;
  const overdue = today > decision.deadline;
  const silenceIsConsent = practice.constraints !== 'pending';
  const silenceNote = silenceIsConsent ? '' : NO_SILENT_CONSENT;
  const daysRemaining = daysBetween(today, decision.deadline);
  const silentConsentDate = silenceIsConsent ? addDays(decision.deadline, 1) : undefined;
  const from = track.restarted
    ? `dalla ricezione delle integrazioni del ${italianDate(track.origin)}, che ha fatto ripartire da zero il termine (art. 20, comma 5)`
    : `dalla presentazione del ${italianDate(track.origin)}`;
  const doubled = practice.doubledTerms ? ', termini raddoppiati ai sensi dell’art. 20, comma 7' : '';
  const span = `${totalDays} giorni ${from}${suspensionNote(track, decision, totalDays)}${doubled}`;
  let explanation: string;
  if (overdue) {
    explanation =
      `Il termine per concludere il procedimento (${span}) è scaduto il ${italianDate(decision.deadline)}` +
      `${holidayNote(decision)} senza un provvedimento espresso.` +
      (silentConsentDate
        ? ` Il permesso di costruire si intende rilasciato per silenzio-assenso dal ${italianDate(silentConsentDate)} (art. 20, comma 8, D.P.R. 380/2001).`
        : silenceNote);
  } else {
    explanation =
      `Il Comune deve concludere il procedimento entro il ${italianDate(decision.deadline)}: ${span} ` +
      `(art. 20 D.P.R. 380/2001)${holidayNote(decision)}. ${daysLeftSentence(daysRemaining)}` +
      (silentConsentDate
        ? ` Senza un provvedimento espresso entro quella data, il permesso si intende rilasciato per silenzio-assenso dal ${italianDate(silentConsentDate)} (art. 20, comma 8).`
        : silenceNote);
  }
  return {
    kind: 'pdc_decision',
    deadline: decision.deadline,
    daysRemaining,
    overdue,
    ...(silentConsentDate ? { silentConsentDate } : {}),
    paused: false,
    milestones,
    explanation,
  };
}

/**
 * Why the control window of a SCIA stands still. The state machine only lets a conformation request stop it
 * (art. 19, comma 3, L. 241/1990: it interrupts the window, which starts again in full from the measures'
 * communication); design changes and the preavviso di diniego belong to the permesso di costruire (art. 10-bis
 * does not apply to the control of a segnalazione, which is no application). A timeline that carries them anyway
 * (an import, a future rule) still gets a true sentence rather than a broken page.
 */
function controlPauseExplanation(practice: Practice, pause: Pause, remaining: number): string {
  const entry = entryOf(practice);
  const since = italianDate(pause.since);
  switch (pause.kind) {
    case 'interrupted': {
      const due = entry.dueDate ? `, da presentare entro il ${italianDate(entry.dueDate)}` : '';
      return (
        `Il termine per i controlli è interrotto dal ${since} per la richiesta di conformazione ` +
        `(art. 19, comma 3, L. 241/1990): ricomincerà a decorrere per intero dalla comunicazione delle ` +
        `misure adottate${due}. In mancanza, l’attività si intende vietata.`
      );
    }
    case 'changes_requested':
      return (
        `Il termine per i controlli è sospeso dal ${since} in attesa della risposta del richiedente: ` +
        `restano ${remaining} giorni, che riprenderanno a decorrere dalla risposta.`
      );
    case 'refusal_notice':
      return (
        `Il termine per i controlli è sospeso dal ${since} in attesa delle osservazioni del richiedente: ` +
        `restano ${remaining} giorni, che riprenderanno a decorrere dal ${italianDate(pause.resumesOn)}.`
      );
  }
}

function controlWindowClock(
  practice: Practice,
  track: ClockTrack,
  today: IsoDate,
  calendar: HolidayCalendar,
): LegalClock {
  const alternative = practice.type === 'SCIA_ALTERNATIVA';
  const kind: LegalClockKind = alternative ? 'scia_alternativa_control' : 'scia_control';
  const standing = standingOn(track, today);
  if (standing.kind !== 'running') {
    const window = term(track, LEGAL_TERMS.control, calendar);
    const remaining = remainingWhilePaused(track, standing, LEGAL_TERMS.control, today);
    return {
      kind,
      deadline: null,
      daysRemaining: remaining,
      overdue: false,
      paused: true,
      ...(standing.kind === 'refusal_notice' ? { resumesOn: standing.resumesOn } : {}),
      milestones: [
        { kind: 'control_window', date: window?.deadline ?? null, overdue: false },
        ...applicantDue(practice, today),
      ],
      explanation: controlPauseExplanation(practice, standing, remaining),
    };
  }
  const window = toTerm(runningTermDay(track, standing.from, LEGAL_TERMS.control), calendar);
  const milestones: LegalMilestone[] = [
    { kind: 'control_window', date: window.deadline, overdue: false },
    ...applicantDue(practice, today),
  ];
  const state = currentState(practice);
  const daysRemaining = daysBetween(today, window.deadline);
  const passed = daysRemaining < 0;
  const from = track.restarted
    ? `dalla comunicazione delle misure richieste del ${italianDate(track.origin)}, che ha fatto ripartire il termine (art. 19, comma 3, L. 241/1990)`
    : `dalla presentazione del ${italianDate(track.origin)}`;
  const span = `${LEGAL_TERMS.control} giorni ${from}${holidayNote(window)}`;
  const worksFrom = italianDate(addDays(window.deadline, 1));
  let overdue: boolean;
  let explanation: string;
  if (alternative) {
    overdue = passed && state !== 'effective';
    explanation = passed
      ? `Il termine per l’ordine di non effettuare l’intervento (${span}) è scaduto il ${italianDate(window.deadline)}: ` +
        `i lavori possono iniziare dal ${worksFrom} (art. 23 D.P.R. 380/2001).` +
        (overdue ? ' La pratica deve ancora essere registrata come efficace.' : '')
      : `Il Comune può notificare l’ordine motivato di non effettuare l’intervento entro il ${italianDate(window.deadline)} ` +
        `(${span}, art. 23, comma 6, D.P.R. 380/2001). In assenza, i lavori possono iniziare dal ${worksFrom}. ` +
        daysLeftSentence(daysRemaining);
  } else {
    // Overdue only while the office still owes its check: a title in force with no check open is not.
    overdue = passed && PRACTICE_STATE_INFO[state].waitsFor === 'office';
    explanation = passed
      ? `Il termine per vietare la prosecuzione dei lavori (${span}) è scaduto il ${italianDate(window.deadline)}: ` +
        'la SCIA non può più essere vietata, salvo autotutela (art. 19, comma 4, L. 241/1990).' +
        (overdue ? ' La verifica in corso è oltre il termine.' : '')
      : `La SCIA è efficace dalla presentazione. Il Comune può vietare la prosecuzione dei lavori entro il ` +
        `${italianDate(window.deadline)} (${span}, art. 19, commi 3 e 6-bis, L. 241/1990). ${daysLeftSentence(daysRemaining)}`;
  }
  return { kind, deadline: window.deadline, daysRemaining, overdue, paused: false, milestones, explanation };
}

const NO_TERM_EXPLANATION: Readonly<Record<'CIL' | 'CILA' | 'SCA' | 'CFL', string>> = {
  CIL: 'La CIL non prevede controlli né termini per il Comune: i lavori possono iniziare subito (art. 6 D.P.R. 380/2001).',
  CILA:
    'La CILA è efficace dalla presentazione: il Comune può svolgere controlli, per i quali la legge non fissa un ' +
    'termine (art. 6-bis D.P.R. 380/2001).',
  SCA:
    'La segnalazione di agibilità è efficace dalla presentazione: i controlli, anche a campione, seguono la ' +
    'disciplina regionale e comunale (art. 24 D.P.R. 380/2001).',
  CFL:
    'La comunicazione di fine lavori è efficace dalla presentazione e non prevede il silenzio-assenso né un ' +
    'termine per il Comune, che può svolgere controlli (art. 6-bis, comma 5, e art. 23, comma 7, D.P.R. 380/2001).',
};

function noTermClock(practice: Practice, today: IsoDate): LegalClock {
  const milestones = applicantDue(practice, today);
  const due = milestones[0]?.date;
  return {
    kind: 'no_legal_term',
    deadline: null,
    daysRemaining: null,
    overdue: false,
    paused: false,
    milestones,
    explanation:
      NO_TERM_EXPLANATION[practice.type as 'CIL' | 'CILA' | 'SCA' | 'CFL'] +
      (due ? ` Le integrazioni richieste vanno presentate entro il ${italianDate(due)}.` : ''),
  };
}

function concludedClock(practice: Practice): LegalClock {
  const entry = entryOf(practice);
  const label = PRACTICE_STATE_INFO[entry.to].label.it.toLowerCase();
  const decision = entry.decision
    ? ` con provvedimento n. ${entry.decision.number} del ${italianDate(entry.decision.date)}`
    : '';
  return {
    kind: 'concluded',
    deadline: null,
    daysRemaining: null,
    overdue: false,
    paused: false,
    milestones: [],
    explanation: `La pratica è conclusa: ${label} il ${italianDate(romeDay(entry.at))}${decision}.`,
  };
}
