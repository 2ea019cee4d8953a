import type { IsoDate } from '../../common/calendar/civil-date.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { italianDate } from '../../common/italian/italian-date.js';
import type { PracticeActorRole } from './practice.js';
import { PRACTICE_STATE_INFO, type PracticeState } from './practice-state.js';

const ROLE_NAME: Readonly<Record<PracticeActorRole, string>> = {
  applicant: 'il richiedente',
  technician: 'il tecnico incaricato',
  permits: 'lo Sportello Unico per l’Edilizia',
  system: 'il sistema',
};

function stateLabel(state: PracticeState): string {
  return PRACTICE_STATE_INFO[state].label.it;
}

/** Errors of the practice state machine, one factory per code; each says why in its Italian detail. */
export const PracticeErrors = {
  /** The practice's type has no such move from its current state, or a legal condition rules it out. */
  transitionNotAllowed(from: PracticeState, to: string, allowed: readonly PracticeState[]): DomainError {
    const target = to in PRACTICE_STATE_INFO ? `«${stateLabel(to as PracticeState)}»` : `«${to}»`;
    return new DomainError({
      code: 'PRACTICE_TRANSITION_NOT_ALLOWED',
      status: 422,
      detail: `Una pratica nello stato «${stateLabel(from)}» non può passare allo stato ${target}.`,
      field: 'to',
      extra: { from, to, allowed },
    });
  },

  /** The move exists but another party performs it (e.g. only the applicant withdraws). */
  roleNotAllowed(to: PracticeState, roles: readonly PracticeActorRole[]): DomainError {
    return new DomainError({
      code: 'PRACTICE_ROLE_NOT_ALLOWED',
      status: 403,
      detail: `Il passaggio allo stato «${stateLabel(to)}» può essere fatto solo da ${roles.map((role) => ROLE_NAME[role]).join(' o ')}.`,
      extra: { roles },
    });
  },

  /** Someone else moved the practice after the actor loaded it: never overwrite silently. */
  stateConflict(current: PracticeState): DomainError {
    return new DomainError({
      code: 'PRACTICE_STATE_CONFLICT',
      status: 409,
      detail: `La pratica è stata aggiornata nel frattempo ed è ora nello stato «${stateLabel(current)}». Ricarica la pagina e riprova.`,
      extra: { current },
    });
  },

  integrationDueDateRequired(): DomainError {
    return new DomainError({
      code: 'INTEGRATION_DUE_DATE_REQUIRED',
      status: 422,
      detail: 'Indica la data entro cui il richiedente deve rispondere (formato AAAA-MM-GG).',
      field: 'dueDate',
    });
  },

  dueDateNotInFuture(): DomainError {
    return new DomainError({
      code: 'DUE_DATE_NOT_IN_FUTURE',
      status: 422,
      detail: 'La scadenza per il richiedente deve essere successiva a oggi.',
      field: 'dueDate',
    });
  },

  /** Art. 19, comma 3, L. 241/1990: the term to conform a SCIA is at least 30 days. */
  dueDateTooShort(earliest: IsoDate): DomainError {
    return new DomainError({
      code: 'INTEGRATION_DUE_DATE_TOO_SHORT',
      status: 422,
      detail: `Per conformare la segnalazione il termine non può essere inferiore a 30 giorni: indica una data dal ${italianDate(earliest)} in poi.`,
      field: 'dueDate',
      extra: { earliest },
    });
  },

  requestedDocumentsRequired(): DomainError {
    return new DomainError({
      code: 'REQUESTED_DOCUMENTS_REQUIRED',
      status: 422,
      detail: 'Elenca almeno un documento da integrare.',
      field: 'requestedDocuments',
    });
  },

  caseOfficerRequired(): DomainError {
    return new DomainError({
      code: 'CASE_OFFICER_REQUIRED',
      status: 422,
      detail: 'Indica il responsabile del procedimento.',
      field: 'caseOfficer',
    });
  },

  /** Requests, refusal notices and refusals must state their reasons (L. 241/1990 artt. 3 and 10-bis). */
  publicNoteRequired(): DomainError {
    return new DomainError({
      code: 'PUBLIC_NOTE_REQUIRED',
      status: 422,
      detail: 'Scrivi per il richiedente la motivazione di questo passaggio.',
      field: 'publicNote',
    });
  },

  decisionRequired(): DomainError {
    return new DomainError({
      code: 'DECISION_REQUIRED',
      status: 422,
      detail: 'Indica numero e data del provvedimento.',
      field: 'decision',
    });
  },

  decisionOutcomeMismatch(expected: 'granted' | 'rejected'): DomainError {
    return new DomainError({
      code: 'DECISION_OUTCOME_MISMATCH',
      status: 422,
      detail: `L’esito del provvedimento non corrisponde al passaggio richiesto (atteso: ${expected === 'granted' ? 'rilascio' : 'diniego'}).`,
      field: 'decision.outcome',
      extra: { expected },
    });
  },

  decisionDateInvalid(submittedOn: IsoDate, today: IsoDate): DomainError {
    return new DomainError({
      code: 'DECISION_DATE_INVALID',
      status: 422,
      detail: `La data del provvedimento deve essere compresa tra la presentazione (${italianDate(submittedOn)}) e oggi (${italianDate(today)}).`,
      field: 'decision.date',
    });
  },

  /** Art. 20, comma 5: integrations may be requested once. */
  integrationAlreadyRequested(): DomainError {
    return new DomainError({
      code: 'INTEGRATION_ALREADY_REQUESTED',
      status: 422,
      detail:
        'Per il permesso di costruire le integrazioni possono essere richieste una sola volta (art. 20, comma 5, D.P.R. 380/2001).',
    });
  },

  /** Art. 20, comma 5: the request must come within 30 days of submission. */
  integrationRequestTooLate(lastDay: IsoDate): DomainError {
    return new DomainError({
      code: 'INTEGRATION_REQUEST_TOO_LATE',
      status: 422,
      detail: `Le integrazioni potevano essere richieste entro il ${italianDate(lastDay)} (30 giorni dalla presentazione, art. 20, comma 5, D.P.R. 380/2001).`,
      extra: { lastDay },
    });
  },

  /** Art. 20, comma 4: design changes are requested within the review term. */
  changesRequestTooLate(lastDay: IsoDate): DomainError {
    return new DomainError({
      code: 'CHANGES_REQUEST_TOO_LATE',
      status: 422,
      detail: `Le modifiche al progetto possono essere richieste solo entro il termine dell’istruttoria, scaduto il ${italianDate(lastDay)} (art. 20, comma 4, D.P.R. 380/2001).`,
      extra: { lastDay },
    });
  },

  /** Art. 10-bis L. 241/1990: a refusal is preceded by a notice of its reasons. */
  refusalNoticeRequired(): DomainError {
    return new DomainError({
      code: 'REFUSAL_NOTICE_REQUIRED',
      status: 422,
      detail:
        'Prima del diniego occorre comunicare al richiedente il preavviso con i motivi ostativi (art. 10-bis L. 241/1990).',
    });
  },

  observationPeriodOpen(until: IsoDate): DomainError {
    return new DomainError({
      code: 'OBSERVATION_PERIOD_OPEN',
      status: 422,
      detail: `Il richiedente può presentare osservazioni al preavviso di diniego fino al ${italianDate(until)}: il diniego può essere adottato dopo.`,
      extra: { until },
    });
  },

  controlWindowExpired(windowEnd: IsoDate): DomainError {
    return new DomainError({
      code: 'CONTROL_WINDOW_EXPIRED',
      status: 422,
      detail: `Il termine di 30 giorni per i provvedimenti sulla segnalazione è scaduto il ${italianDate(windowEnd)}: restano solo i poteri di autotutela.`,
      extra: { windowEnd },
    });
  },

  /** The window is interrupted by a conformation request: it has not even restarted, so it cannot be over. */
  controlWindowPaused(): DomainError {
    return new DomainError({
      code: 'CONTROL_WINDOW_PAUSED',
      status: 422,
      detail:
        'Il termine di 30 giorni per l’ordine di non effettuare l’intervento è interrotto dalla richiesta di conformazione: la SCIA alternativa non può ancora diventare efficace.',
    });
  },

  controlWindowOpen(windowEnd: IsoDate): DomainError {
    return new DomainError({
      code: 'CONTROL_WINDOW_OPEN',
      status: 422,
      detail: `La SCIA alternativa diventa efficace solo dopo il ${italianDate(windowEnd)}, scaduti i 30 giorni per l’ordine di non effettuare l’intervento (art. 23 D.P.R. 380/2001).`,
      extra: { windowEnd },
    });
  },

  integrationDueDateNotPassed(dueDate: IsoDate): DomainError {
    return new DomainError({
      code: 'INTEGRATION_DUE_DATE_NOT_PASSED',
      status: 422,
      detail: `Il richiedente può presentare le integrazioni fino al ${italianDate(dueDate)}: la pratica può essere chiusa solo dopo.`,
      extra: { dueDate },
    });
  },
};
