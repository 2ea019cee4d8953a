// Labels of the building-practice states and types in the portal's two languages: the one owner that the
// backend's catalogues (permits/domain/practice-state.ts, practice-type.ts) and the frontend's dictionaries
// (i18n/permits-it.ts, permits-en.ts) both read. Without imports, like everything in shared/.

export interface Label {
  it: string;
  en: string;
}

export const PRACTICE_STATE_LABELS = {
  submitted: { it: 'Presentata', en: 'Submitted' },
  assigned: { it: 'Responsabile assegnato', en: 'Case officer assigned' },
  under_review: { it: 'In istruttoria', en: 'Under review' },
  integration_requested: { it: 'Integrazioni richieste', en: 'Documents requested' },
  integrations_submitted: { it: 'Integrazioni presentate', en: 'Documents submitted' },
  changes_requested: { it: 'Modifiche al progetto richieste', en: 'Design changes requested' },
  refusal_notice: { it: 'Preavviso di diniego', en: 'Notice of intended refusal' },
  effective: { it: 'Efficace', en: 'In force' },
  under_check: { it: 'In verifica', en: 'Under check' },
  granted: { it: 'Rilasciato', en: 'Granted' },
  rejected: { it: 'Respinta', en: 'Rejected' },
  archived: { it: 'Archiviata', en: 'Archived' },
  withdrawn: { it: 'Ritirata', en: 'Withdrawn' },
} as const satisfies Record<string, Label>;

export const PRACTICE_TYPE_LABELS = {
  CIL: { it: 'Comunicazione di inizio lavori (CIL)', en: 'Notice of start of works (CIL)' },
  CILA: {
    it: 'Comunicazione di inizio lavori asseverata (CILA)',
    en: 'Sworn notice of start of works (CILA)',
  },
  SCIA: {
    it: 'Segnalazione certificata di inizio attività (SCIA)',
    en: 'Certified notice of start of works (SCIA)',
  },
  SCIA_ALTERNATIVA: {
    it: 'SCIA alternativa al permesso di costruire',
    en: 'Certified notice in lieu of a building permit (SCIA alternativa)',
  },
  PDC: { it: 'Permesso di costruire', en: 'Building permit (permesso di costruire)' },
  SCA: {
    it: 'Segnalazione certificata di agibilità (SCA)',
    en: 'Certified notice of fitness for use (SCA, agibilità)',
  },
  CFL: { it: 'Comunicazione di fine lavori', en: 'Notice of end of works' },
} as const satisfies Record<string, Label>;

/** One language of a label table, as the frontend's dictionaries hold them. */
export function labelsIn<Key extends string>(
  labels: Record<Key, Label>,
  locale: keyof Label,
): Record<Key, string> {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([key, label]) => [key, label[locale]]),
  ) as Record<Key, string>;
}
