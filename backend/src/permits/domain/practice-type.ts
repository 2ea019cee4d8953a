/** Practice types under D.P.R. 380/2001. Values are stable identifiers stored in the database and the API. */
export const PracticeType = {
  /** Comunicazione di inizio lavori, art. 6 (edilizia libera): works start at once, no control. */
  CIL: 'CIL',
  /** Comunicazione di inizio lavori asseverata, art. 6-bis: effective on submission, checks possible. */
  CILA: 'CILA',
  /** Segnalazione certificata di inizio attività, art. 22: effective on submission, 30 days to prohibit. */
  SCIA: 'SCIA',
  /** SCIA alternativa al permesso di costruire, art. 23: works may start 30 days after submission. */
  SCIA_ALTERNATIVA: 'SCIA_ALTERNATIVA',
  /** Permesso di costruire, art. 20: full review and an express (or tacit) decision. */
  PDC: 'PDC',
  /** Segnalazione certificata di agibilità, art. 24: effective on submission, checks possible. */
  SCA: 'SCA',
} as const;

export type PracticeType = (typeof PracticeType)[keyof typeof PracticeType];

export const PRACTICE_TYPES: readonly PracticeType[] = Object.values(PracticeType);

export interface PracticeTypeInfo {
  /** Short name shown in lists (the acronym Italians use). */
  acronym: string;
  label: { it: string; en: string };
  /** Legal basis, printed in explanations. */
  legalBasis: string;
}

export const PRACTICE_TYPE_INFO: Readonly<Record<PracticeType, PracticeTypeInfo>> = {
  CIL: {
    acronym: 'CIL',
    label: { it: 'Comunicazione di inizio lavori (CIL)', en: 'Notice of start of works (CIL)' },
    legalBasis: 'art. 6 D.P.R. 380/2001',
  },
  CILA: {
    acronym: 'CILA',
    label: {
      it: 'Comunicazione di inizio lavori asseverata (CILA)',
      en: 'Sworn notice of start of works (CILA)',
    },
    legalBasis: 'art. 6-bis D.P.R. 380/2001',
  },
  SCIA: {
    acronym: 'SCIA',
    label: {
      it: 'Segnalazione certificata di inizio attività (SCIA)',
      en: 'Certified notice of start of works (SCIA)',
    },
    legalBasis: 'art. 22 D.P.R. 380/2001; art. 19 L. 241/1990',
  },
  SCIA_ALTERNATIVA: {
    acronym: 'SCIA alternativa',
    label: {
      it: 'SCIA alternativa al permesso di costruire',
      en: 'Certified notice in lieu of a building permit (SCIA alternativa)',
    },
    legalBasis: 'art. 23 D.P.R. 380/2001',
  },
  PDC: {
    acronym: 'PdC',
    label: { it: 'Permesso di costruire', en: 'Building permit (permesso di costruire)' },
    legalBasis: 'art. 20 D.P.R. 380/2001',
  },
  SCA: {
    acronym: 'SCA',
    label: {
      it: 'Segnalazione certificata di agibilità (SCA)',
      en: 'Certified notice of fitness for use (SCA, agibilità)',
    },
    legalBasis: 'art. 24 D.P.R. 380/2001',
  },
};
