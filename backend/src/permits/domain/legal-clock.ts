import { addDays, type IsoDate, isoToEpochDay } from '../../common/calendar/civil-date.js';
import { type HolidayCalendar, italianDate, NATIONAL_HOLIDAYS, romeDate, termEnd } from './legal-calendar.js';
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
  const today = romeDate(now);
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

type SuspensionReason = 'changes_requested' | 'refusal_notice';

/** Days are counted in (anchor, end]; an open span has no end yet. An anchor may lie in the future, after `end`. */
interface Span {
  anchor: IsoDate;
  end: IsoDate | null;
}

interface ClockTrack {
  /** Where the count started: the submission, or the receipt of the documents after an interruption. */
  origin: IsoDate;
  restarted: boolean;
  spans: Span[];
  interruptedSince: IsoDate | null;
  lastSuspension: { reason: SuspensionReason; since: IsoDate } | null;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToEpochDay(to) - isoToEpochDay(from);
}

function trackClock(timeline: readonly PracticeTransition[], calendar: HolidayCalendar): ClockTrack {
  const origin = romeDate(timeline[0].at);
  const track: ClockTrack = {
    origin,
    restarted: false,
    spans: [{ anchor: origin, end: null }],
    interruptedSince: null,
    lastSuspension: null,
  };
  for (const transition of timeline.slice(1)) {
    const day = romeDate(transition.at);
    const open = track.spans.at(-1)?.end === null ? track.spans.at(-1) : undefined;
    if (transition.to === 'integration_requested') {
      track.interruptedSince = day;
    } else if (transition.to === 'integrations_submitted') {
      track.origin = day;
      track.restarted = true;
      track.spans = [{ anchor: day, end: null }];
      track.interruptedSince = null;
      track.lastSuspension = null;
    } else if (transition.to === 'changes_requested' || transition.to === 'refusal_notice') {
      if (open) open.end = day;
      track.lastSuspension = { reason: transition.to, since: day };
      if (transition.to === 'refusal_notice') {
        track.spans.push({ anchor: observationPeriodEnd(day, calendar), end: null });
      }
    } else if (transition.from === 'changes_requested') {
      track.spans.push({ anchor: day, end: null });
    } else if (transition.from === 'refusal_notice' && open && day <= open.anchor) {
      open.anchor = addDays(day, LEGAL_TERMS.observations);
    }
  }
  return track;
}

/** The last day of a term of `days` running days, before the holiday extension; `null` if not reachable yet. */
function rawTermDay(track: ClockTrack, days: number): IsoDate | null {
  if (track.interruptedSince) return null;
  let left = days;
  for (const span of track.spans) {
    if (span.end === null) return addDays(span.anchor, left);
    const length = Math.max(0, daysBetween(span.anchor, span.end));
    if (left <= length) return addDays(span.anchor, left);
    left -= length;
  }
  return null;
}

function runningDays(track: ClockTrack, today: IsoDate): number {
  return track.spans.reduce((sum, span) => {
    const end = span.end ?? today;
    return sum + Math.max(0, daysBetween(span.anchor, end < today ? end : today));
  }, 0);
}

/** The day a suspended term resumes by itself, when it is known and still ahead (preavviso di diniego). */
function scheduledResume(track: ClockTrack, today: IsoDate): IsoDate | undefined {
  const last = track.spans.at(-1)!;
  return track.interruptedSince === null && last.end === null && last.anchor > today
    ? last.anchor
    : undefined;
}

function isPaused(track: ClockTrack, today: IsoDate): boolean {
  return (
    track.interruptedSince !== null ||
    track.spans.at(-1)!.end !== null ||
    scheduledResume(track, today) !== undefined
  );
}

interface Term {
  raw: IsoDate;
  deadline: IsoDate;
}

function term(track: ClockTrack, days: number, calendar: HolidayCalendar): Term | null {
  const raw = rawTermDay(track, days);
  return raw === null ? null : { raw, deadline: termEnd(raw, calendar) };
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
  const waiting = ['integration_requested', 'changes_requested', 'refusal_notice'].includes(entry.to);
  if (!waiting || entry.dueDate === null) return [];
  return [{ kind: 'applicant_due', date: entry.dueDate, overdue: today > entry.dueDate }];
}

function pausedExplanation(practice: Practice, track: ClockTrack, remaining: number): string {
  const entry = entryOf(practice);
  if (track.interruptedSince) {
    const due = entry.dueDate ? `, da presentare entro il ${italianDate(entry.dueDate)}` : '';
    return (
      `Il termine è interrotto dal ${italianDate(track.interruptedSince)} per la richiesta di integrazioni ` +
      `(art. 20, comma 5, D.P.R. 380/2001): ricomincerà a decorrere da zero dalla ricezione dei documenti richiesti${due}.`
    );
  }
  const suspension = track.lastSuspension!;
  const since = italianDate(suspension.since);
  if (suspension.reason === 'changes_requested') {
    return (
      `Il termine è sospeso dal ${since} per la richiesta di modifiche al progetto (art. 20, comma 4, D.P.R. 380/2001): ` +
      `restano ${remaining} giorni, che riprenderanno a decorrere dalla risposta del richiedente.`
    );
  }
  const resumesOn = italianDate(track.spans.at(-1)!.anchor);
  const when =
    entry.to === 'refusal_notice'
      ? `riprenderanno a decorrere 10 giorni dopo la presentazione delle osservazioni o, se non ne vengono presentate, dal ${resumesOn}`
      : `riprenderanno a decorrere dal ${resumesOn}, 10 giorni dopo la presentazione delle osservazioni`;
  return (
    `Il termine è sospeso dal ${since} per il preavviso di diniego (art. 10-bis L. 241/1990): ` +
    `restano ${remaining} giorni, che ${when}.`
  );
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
  const submittedOn = romeDate(practice.timeline[0].at);
  const caseOfficerDay = termEnd(addDays(submittedOn, LEGAL_TERMS.caseOfficer), calendar);
  const caseOfficerNamed = practice.timeline.some((transition) => transition.to === 'assigned');
  const review = term(track, reviewDays, calendar);
  const decision = term(track, totalDays, calendar);
  // A term already run out before a later pause stays run out: the pause cannot revive it.
  const overdue = decision !== null && today > decision.deadline;
  const paused = !overdue && isPaused(track, today);
  const milestones: LegalMilestone[] = [
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
  const silenceIsConsent = practice.constraints !== 'pending';
  const silenceNote = silenceIsConsent
    ? ''
    : ' L’immobile è soggetto a vincoli per i quali mancano gli atti di assenso: il silenzio non vale assenso e si procede con la conferenza di servizi (art. 20, comma 8).';

  if (paused || decision === null) {
    const remaining = track.interruptedSince ? totalDays : totalDays - runningDays(track, today);
    const resumesOn = scheduledResume(track, today);
    return {
      kind: 'pdc_decision',
      deadline: null,
      daysRemaining: remaining,
      overdue: false,
      paused: true,
      ...(resumesOn ? { resumesOn } : {}),
      milestones,
      explanation: pausedExplanation(practice, track, remaining) + silenceNote,
    };
  }

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

function controlWindowClock(
  practice: Practice,
  track: ClockTrack,
  today: IsoDate,
  calendar: HolidayCalendar,
): LegalClock {
  const alternative = practice.type === 'SCIA_ALTERNATIVA';
  const kind: LegalClockKind = alternative ? 'scia_alternativa_control' : 'scia_control';
  const window = term(track, LEGAL_TERMS.control, calendar);
  const milestones: LegalMilestone[] = [
    { kind: 'control_window', date: window?.deadline ?? null, overdue: false },
    ...applicantDue(practice, today),
  ];
  if (window === null || isPaused(track, today)) {
    const entry = entryOf(practice);
    const due = entry.dueDate ? `, da presentare entro il ${italianDate(entry.dueDate)}` : '';
    return {
      kind,
      deadline: null,
      daysRemaining: LEGAL_TERMS.control,
      overdue: false,
      paused: true,
      milestones,
      explanation:
        `Il termine per i controlli è interrotto dal ${italianDate(track.interruptedSince!)} per la richiesta ` +
        `di conformazione (art. 19, comma 3, L. 241/1990): ricomincerà a decorrere per intero dalla comunicazione delle ` +
        `misure adottate${due}. In mancanza, l’attività si intende vietata.`,
    };
  }
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
    overdue = passed && (state === 'under_check' || state === 'integrations_submitted');
    explanation = passed
      ? `Il termine per vietare la prosecuzione dei lavori (${span}) è scaduto il ${italianDate(window.deadline)}: ` +
        'la SCIA non può più essere vietata, salvo autotutela (art. 19, comma 4, L. 241/1990).' +
        (overdue ? ' La verifica in corso è oltre il termine.' : '')
      : `La SCIA è efficace dalla presentazione. Il Comune può vietare la prosecuzione dei lavori entro il ` +
        `${italianDate(window.deadline)} (${span}, art. 19, commi 3 e 6-bis, L. 241/1990). ${daysLeftSentence(daysRemaining)}`;
  }
  return { kind, deadline: window.deadline, daysRemaining, overdue, paused: false, milestones, explanation };
}

const NO_TERM_EXPLANATION: Readonly<Record<'CIL' | 'CILA' | 'SCA', string>> = {
  CIL: 'La CIL non prevede controlli né termini per il Comune: i lavori possono iniziare subito (art. 6 D.P.R. 380/2001).',
  CILA:
    'La CILA è efficace dalla presentazione: il Comune può svolgere controlli, per i quali la legge non fissa un ' +
    'termine (art. 6-bis D.P.R. 380/2001).',
  SCA:
    'La segnalazione di agibilità è efficace dalla presentazione: i controlli, anche a campione, seguono la ' +
    'disciplina regionale e comunale (art. 24 D.P.R. 380/2001).',
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
      NO_TERM_EXPLANATION[practice.type as 'CIL' | 'CILA' | 'SCA'] +
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
    explanation: `La pratica è conclusa: ${label} il ${italianDate(romeDate(entry.at))}${decision}.`,
  };
}
