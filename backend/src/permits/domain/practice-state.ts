import { PRACTICE_STATE_LABELS } from '../../../../shared/permit-labels.js';
/**
 * The filters of the resident's area personale (Designers Italia model for comuni). Practices closed without
 * the title (archived, withdrawn) go with the refused ones: for the resident they are "non accolte".
 */
export const ResidentBucket = {
  SENT: 'inviate',
  IN_PROGRESS: 'in_elaborazione',
  ACTION_NEEDED: 'da_integrare',
  ACCEPTED: 'accettate',
  REFUSED: 'rifiutate',
} as const;

export type ResidentBucket = (typeof ResidentBucket)[keyof typeof ResidentBucket];

export const RESIDENT_BUCKETS: readonly ResidentBucket[] = Object.values(ResidentBucket);

export const RESIDENT_BUCKET_LABEL: Readonly<Record<ResidentBucket, { it: string; en: string }>> = {
  inviate: { it: 'Inviate', en: 'Sent' },
  in_elaborazione: { it: 'In elaborazione', en: 'In progress' },
  da_integrare: { it: 'Da integrare', en: 'Action needed' },
  accettate: { it: 'Accettate', en: 'Accepted' },
  rifiutate: { it: 'Rifiutate', en: 'Refused' },
};

/**
 * What the office asks of the applicant on entering a state that waits for them; it is stored with the request
 * (`permit_integration_request.kind`) and names what the applicant's documents answer.
 */
export type ApplicantRequestKind = 'integration' | 'changes' | 'observations';

/**
 * What entering a state does to the office's legal term; `legal-clock.ts` reads it and handles each value:
 * - `none`: nothing. The term runs on, or runs again when a wait for design changes ends;
 * - `interrupts`: integration request (art. 20, comma 5, D.P.R. 380/2001) or conformation request on a SCIA
 *   (art. 19, comma 3, L. 241/1990): the term stops and will start again from zero;
 * - `restarts`: the requested documents arrived: the term starts again from zero on this day;
 * - `suspends_until_answer`: design changes (art. 20, comma 4): the term stands still until the applicant answers;
 * - `suspends_for_observations`: preavviso di diniego (art. 10-bis L. 241/1990): the term stands still and the
 *   law says when it resumes (10 days after the observations or when the 10 days for them end).
 */
export type TermEffect =
  | 'none'
  | 'interrupts'
  | 'restarts'
  | 'suspends_until_answer'
  | 'suspends_for_observations';

/**
 * Who has to act next. A state that waits for the applicant opens a request of one kind, with a due date, which
 * the next state that `answersRequest` closes; the type makes the two go together.
 */
type Waiting =
  | { waitsFor: 'applicant'; opensRequest: ApplicantRequestKind }
  | { waitsFor: 'office' | 'nobody'; opensRequest: null };

export type PracticeStateInfo = Waiting & {
  label: { it: string; en: string };
  bucket: ResidentBucket;
  /** No transition leaves a terminal state: the procedure is concluded and no term runs. */
  terminal: boolean;
  term: TermEffect;
  /** Entering it is the applicant's answer to the open request (documents, changes, observations). */
  answersRequest: boolean;
};

/**
 * Every state a practice moves through, in the order lists show them. Keys are stable identifiers stored in the
 * database (a CHECK constraint lists them: adding one needs a migration, see ../README.md) and sent in the API.
 * Everything else about a state is read from here: the type, the resident's filters, the labels, the legal
 * clock, which states wait for the applicant.
 */
const STATES = {
  /** Registered at the protocol; waiting for a case officer (PdC) or for the 30-day window (SCIA alternativa). */
  submitted: {
    label: PRACTICE_STATE_LABELS.submitted,
    bucket: 'inviate',
    waitsFor: 'office',
    opensRequest: null,
    terminal: false,
    term: 'none',
    answersRequest: false,
  },
  /** Responsabile del procedimento named (art. 20, comma 2). */
  assigned: {
    label: PRACTICE_STATE_LABELS.assigned,
    bucket: 'in_elaborazione',
    waitsFor: 'office',
    opensRequest: null,
    terminal: false,
    term: 'none',
    answersRequest: false,
  },
  /** Istruttoria in progress; entered again when the applicant answers design changes or a preavviso. */
  under_review: {
    label: PRACTICE_STATE_LABELS.under_review,
    bucket: 'in_elaborazione',
    waitsFor: 'office',
    opensRequest: null,
    terminal: false,
    term: 'none',
    answersRequest: true,
  },
  /** Documents requested from the applicant: interrupts the PdC clock (art. 20, comma 5). */
  integration_requested: {
    label: PRACTICE_STATE_LABELS.integration_requested,
    bucket: 'da_integrare',
    waitsFor: 'applicant',
    opensRequest: 'integration',
    terminal: false,
    term: 'interrupts',
    answersRequest: false,
  },
  /** The requested documents arrived: the interrupted clock restarts from zero. */
  integrations_submitted: {
    label: PRACTICE_STATE_LABELS.integrations_submitted,
    bucket: 'in_elaborazione',
    waitsFor: 'office',
    opensRequest: null,
    terminal: false,
    term: 'restarts',
    answersRequest: true,
  },
  /** Minor design changes requested (art. 20, comma 4): suspends the clock until the applicant answers. */
  changes_requested: {
    label: PRACTICE_STATE_LABELS.changes_requested,
    bucket: 'da_integrare',
    waitsFor: 'applicant',
    opensRequest: 'changes',
    terminal: false,
    term: 'suspends_until_answer',
    answersRequest: false,
  },
  /** Preavviso di diniego (art. 10-bis L. 241/1990): suspends the clock; the applicant has 10 days to object. */
  refusal_notice: {
    label: PRACTICE_STATE_LABELS.refusal_notice,
    bucket: 'da_integrare',
    waitsFor: 'applicant',
    opensRequest: 'observations',
    terminal: false,
    term: 'suspends_for_observations',
    answersRequest: false,
  },
  /** Self-certified title in force: works may start; the office may check it. */
  effective: {
    label: PRACTICE_STATE_LABELS.effective,
    bucket: 'accettate',
    waitsFor: 'nobody',
    opensRequest: null,
    terminal: false,
    term: 'none',
    answersRequest: false,
  },
  /** The office is checking a self-certified title (the title stays in force meanwhile). */
  under_check: {
    label: PRACTICE_STATE_LABELS.under_check,
    bucket: 'in_elaborazione',
    waitsFor: 'office',
    opensRequest: null,
    terminal: false,
    term: 'none',
    answersRequest: false,
  },
  /** Permesso di costruire issued. */
  granted: {
    label: PRACTICE_STATE_LABELS.granted,
    bucket: 'accettate',
    waitsFor: 'nobody',
    opensRequest: null,
    terminal: true,
    term: 'none',
    answersRequest: false,
  },
  /** Diniego (PdC), divieto di prosecuzione / ordine di non effettuare (SCIA), inefficacy (CILA, SCA). */
  rejected: {
    label: PRACTICE_STATE_LABELS.rejected,
    bucket: 'rifiutate',
    waitsFor: 'nobody',
    opensRequest: null,
    terminal: true,
    term: 'none',
    answersRequest: false,
  },
  /** Closed without a decision on the merits: the requested documents never arrived (improcedibile). */
  archived: {
    label: PRACTICE_STATE_LABELS.archived,
    bucket: 'rifiutate',
    waitsFor: 'nobody',
    opensRequest: null,
    terminal: true,
    term: 'none',
    answersRequest: false,
  },
  /** Withdrawn by the applicant (rinuncia). */
  withdrawn: {
    label: PRACTICE_STATE_LABELS.withdrawn,
    bucket: 'rifiutate',
    waitsFor: 'nobody',
    opensRequest: null,
    terminal: true,
    term: 'none',
    answersRequest: false,
  },
} as const satisfies Record<string, PracticeStateInfo>;

/** States a practice moves through. Values are stable identifiers stored in the database and the API. */
export type PracticeState = keyof typeof STATES;

export const PRACTICE_STATE_INFO: Readonly<Record<PracticeState, PracticeStateInfo>> = STATES;

export const PRACTICE_STATES = Object.keys(STATES) as readonly PracticeState[];

/** The states that wait for the applicant's answer to a request of the office, with a due date. */
export const APPLICANT_WAITING_STATES: readonly PracticeState[] = PRACTICE_STATES.filter(
  (state) => PRACTICE_STATE_INFO[state].waitsFor === 'applicant',
);

/** Every kind of request some state opens, in the order of the states. */
export const APPLICANT_REQUEST_KINDS: readonly ApplicantRequestKind[] = [
  ...new Set(APPLICANT_WAITING_STATES.map((state) => PRACTICE_STATE_INFO[state].opensRequest!)),
];

/** The states whose entry answers the applicant's open request. */
export const ANSWERING_STATES: readonly PracticeState[] = PRACTICE_STATES.filter(
  (state) => PRACTICE_STATE_INFO[state].answersRequest,
);

/** The states of a resident's filter. */
export function statesInBucket(bucket: ResidentBucket): PracticeState[] {
  return PRACTICE_STATES.filter((state) => PRACTICE_STATE_INFO[state].bucket === bucket);
}
