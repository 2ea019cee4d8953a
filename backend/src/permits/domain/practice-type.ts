import { PRACTICE_TYPE_LABELS } from '../../../../shared/permit-labels.js';
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
  /**
   * Comunicazione di fine lavori (art. 6-bis c. 5, art. 23 c. 7 D.P.R. 380/2001): refers to the title whose works
   * ended, with the works director's final statement; in force on submission, checks possible, no term.
   */
  CFL: 'CFL',
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
    label: PRACTICE_TYPE_LABELS.CIL,
    legalBasis: 'art. 6 D.P.R. 380/2001',
  },
  CILA: {
    acronym: 'CILA',
    label: PRACTICE_TYPE_LABELS.CILA,
    legalBasis: 'art. 6-bis D.P.R. 380/2001',
  },
  SCIA: {
    acronym: 'SCIA',
    label: PRACTICE_TYPE_LABELS.SCIA,
    legalBasis: 'art. 22 D.P.R. 380/2001; art. 19 L. 241/1990',
  },
  SCIA_ALTERNATIVA: {
    acronym: 'SCIA alternativa',
    label: PRACTICE_TYPE_LABELS.SCIA_ALTERNATIVA,
    legalBasis: 'art. 23 D.P.R. 380/2001',
  },
  PDC: {
    acronym: 'PdC',
    label: PRACTICE_TYPE_LABELS.PDC,
    legalBasis: 'art. 20 D.P.R. 380/2001',
  },
  SCA: {
    acronym: 'SCA',
    label: PRACTICE_TYPE_LABELS.SCA,
    legalBasis: 'art. 24 D.P.R. 380/2001',
  },
  CFL: {
    acronym: 'Fine lavori',
    label: PRACTICE_TYPE_LABELS.CFL,
    legalBasis: 'art. 6-bis, comma 5, e art. 23, comma 7, D.P.R. 380/2001',
  },
};
