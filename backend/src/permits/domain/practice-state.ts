/** States a practice moves through. Values are stable identifiers stored in the database and the API. */
export const PracticeState = {
  /** Registered at the protocol; waiting for a case officer (PdC) or for the 30-day window (SCIA alternativa). */
  SUBMITTED: 'submitted',
  /** Responsabile del procedimento named (art. 20, comma 2). */
  ASSIGNED: 'assigned',
  /** Istruttoria in progress. */
  UNDER_REVIEW: 'under_review',
  /** Documents requested from the applicant: interrupts the PdC clock (art. 20, comma 5). */
  INTEGRATION_REQUESTED: 'integration_requested',
  /** The requested documents arrived: the interrupted clock restarts from zero. */
  INTEGRATIONS_SUBMITTED: 'integrations_submitted',
  /** Minor design changes requested (art. 20, comma 4): suspends the clock until the applicant answers. */
  CHANGES_REQUESTED: 'changes_requested',
  /** Preavviso di diniego (art. 10-bis L. 241/1990): suspends the clock; the applicant has 10 days to object. */
  REFUSAL_NOTICE: 'refusal_notice',
  /** Self-certified title in force: works may start. */
  EFFECTIVE: 'effective',
  /** The office is checking a self-certified title (the title stays in force meanwhile). */
  UNDER_CHECK: 'under_check',
  /** Permesso di costruire issued. */
  GRANTED: 'granted',
  /** Diniego (PdC), divieto di prosecuzione / ordine di non effettuare (SCIA), inefficacy (CILA, SCA). */
  REJECTED: 'rejected',
  /** Closed without a decision on the merits: the requested documents never arrived (improcedibile). */
  ARCHIVED: 'archived',
  /** Withdrawn by the applicant (rinuncia). */
  WITHDRAWN: 'withdrawn',
} as const;

export type PracticeState = (typeof PracticeState)[keyof typeof PracticeState];

export const PRACTICE_STATES: readonly PracticeState[] = Object.values(PracticeState);

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

export const RESIDENT_BUCKET_LABEL: Readonly<Record<ResidentBucket, { it: string; en: string }>> = {
  inviate: { it: 'Inviate', en: 'Sent' },
  in_elaborazione: { it: 'In elaborazione', en: 'In progress' },
  da_integrare: { it: 'Da integrare', en: 'Action needed' },
  accettate: { it: 'Accettate', en: 'Accepted' },
  rifiutate: { it: 'Rifiutate', en: 'Refused' },
};

export interface PracticeStateInfo {
  label: { it: string; en: string };
  bucket: ResidentBucket;
  /** No transition leaves a terminal state. */
  terminal: boolean;
}

export const PRACTICE_STATE_INFO: Readonly<Record<PracticeState, PracticeStateInfo>> = {
  submitted: { label: { it: 'Presentata', en: 'Submitted' }, bucket: 'inviate', terminal: false },
  assigned: {
    label: { it: 'Responsabile assegnato', en: 'Case officer assigned' },
    bucket: 'in_elaborazione',
    terminal: false,
  },
  under_review: {
    label: { it: 'In istruttoria', en: 'Under review' },
    bucket: 'in_elaborazione',
    terminal: false,
  },
  integration_requested: {
    label: { it: 'Integrazioni richieste', en: 'Documents requested' },
    bucket: 'da_integrare',
    terminal: false,
  },
  integrations_submitted: {
    label: { it: 'Integrazioni presentate', en: 'Documents submitted' },
    bucket: 'in_elaborazione',
    terminal: false,
  },
  changes_requested: {
    label: { it: 'Modifiche al progetto richieste', en: 'Design changes requested' },
    bucket: 'da_integrare',
    terminal: false,
  },
  refusal_notice: {
    label: { it: 'Preavviso di diniego', en: 'Notice of intended refusal' },
    bucket: 'da_integrare',
    terminal: false,
  },
  effective: { label: { it: 'Efficace', en: 'In force' }, bucket: 'accettate', terminal: false },
  under_check: {
    label: { it: 'In verifica', en: 'Under check' },
    bucket: 'in_elaborazione',
    terminal: false,
  },
  granted: { label: { it: 'Rilasciato', en: 'Granted' }, bucket: 'accettate', terminal: true },
  rejected: { label: { it: 'Respinta', en: 'Rejected' }, bucket: 'rifiutate', terminal: true },
  archived: { label: { it: 'Archiviata', en: 'Archived' }, bucket: 'rifiutate', terminal: true },
  withdrawn: { label: { it: 'Ritirata', en: 'Withdrawn' }, bucket: 'rifiutate', terminal: true },
};
