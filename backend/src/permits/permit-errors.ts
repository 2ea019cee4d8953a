import { DomainError } from '../common/errors/domain-error.js';
import { megabytes } from '../common/files/megabytes.js';
import { italianDate } from '../common/italian/italian-date.js';

/** Errors of the permits services and HTTP layer (the state machine has its own in `domain/practice-errors`). */
export const PermitErrors = {
  /** Unknown, or not one of the caller's: the two look the same, so nobody learns which practices exist. */
  practiceNotFound(): DomainError {
    return new DomainError({
      code: 'PRACTICE_NOT_FOUND',
      status: 404,
      detail: 'La pratica richiesta non esiste o non è tra le tue pratiche.',
    });
  },

  documentNotFound(): DomainError {
    return new DomainError({
      code: 'DOCUMENT_NOT_FOUND',
      status: 404,
      detail: 'Il documento richiesto non esiste in questa pratica.',
    });
  },

  /** Someone changed the practice after the caller loaded it: never overwrite silently. */
  versionConflict(currentVersion: number): DomainError {
    return new DomainError({
      code: 'PRACTICE_VERSION_CONFLICT',
      status: 409,
      detail:
        'La pratica è stata modificata da qualcun altro mentre la stavi consultando: ricarica la pagina per vedere le modifiche e riprova.',
      field: 'expectedVersion',
      extra: { currentVersion },
    });
  },

  protocolNumberTaken(protocolNumber: string): DomainError {
    return new DomainError({
      code: 'PROTOCOL_NUMBER_TAKEN',
      status: 409,
      detail: `Esiste già una pratica con il numero di protocollo ${protocolNumber}.`,
      field: 'protocolNumber',
    });
  },

  protocolDateInvalid(today: string): DomainError {
    return new DomainError({
      code: 'PROTOCOL_DATE_INVALID',
      status: 422,
      detail: `La data di protocollo deve essere una data valida non successiva a oggi (${italianDate(today)}).`,
      field: 'protocolDate',
    });
  },

  partyNameRequired(field: string): DomainError {
    return new DomainError({
      code: 'PARTY_NAME_REQUIRED',
      status: 422,
      detail:
        "La persona non risulta nell'anagrafe: indica nome e cognome come risultano dal documento d'identità.",
      field,
    });
  },

  applicantRequired(): DomainError {
    return new DomainError({
      code: 'APPLICANT_REQUIRED',
      status: 422,
      detail: 'Indica un solo richiedente (titolare); gli altri titolari vanno indicati come co-richiedenti.',
      field: 'parties',
    });
  },

  oneTechnicianOnly(): DomainError {
    return new DomainError({
      code: 'ONE_TECHNICIAN_ONLY',
      status: 422,
      detail: 'Indica al massimo un tecnico incaricato.',
      field: 'parties',
    });
  },

  duplicateParty(field: string): DomainError {
    return new DomainError({
      code: 'DUPLICATE_PARTY',
      status: 422,
      detail: 'La stessa persona compare due volte con lo stesso ruolo.',
      field,
    });
  },

  caseOfficerNotStaff(field = 'caseOfficerFiscalCode'): DomainError {
    return new DomainError({
      code: 'CASE_OFFICER_NOT_STAFF',
      status: 422,
      detail:
        'Il responsabile del procedimento deve essere un operatore dello Sportello Unico per l’Edilizia.',
      field,
    });
  },

  practiceConcluded(): DomainError {
    return new DomainError({
      code: 'PRACTICE_CONCLUDED',
      status: 422,
      detail: 'La pratica è conclusa: non può più essere modificata.',
    });
  },

  internalNoteNotAllowed(): DomainError {
    return new DomainError({
      code: 'INTERNAL_NOTE_NOT_ALLOWED',
      status: 422,
      detail: 'Le note interne sono riservate allo Sportello Unico per l’Edilizia.',
      field: 'internalNote',
    });
  },

  noOpenRequest(): DomainError {
    return new DomainError({
      code: 'NO_OPEN_INTEGRATION_REQUEST',
      status: 422,
      detail:
        'Puoi caricare documenti solo in risposta a una richiesta dell’ufficio ancora aperta (integrazioni, modifiche o osservazioni).',
    });
  },

  integrationDocumentsMissing(dueDate: string | null): DomainError {
    return new DomainError({
      code: 'INTEGRATION_DOCUMENTS_MISSING',
      status: 422,
      detail: `Carica almeno un documento prima di inviare le integrazioni${dueDate ? ` (scadenza: ${italianDate(dueDate)})` : ''}.`,
    });
  },

  documentMissing(): DomainError {
    return new DomainError({
      code: 'DOCUMENT_MISSING',
      status: 400,
      detail: 'Allega un file nel campo «file».',
      field: 'file',
    });
  },

  documentEmpty(): DomainError {
    return new DomainError({
      code: 'DOCUMENT_EMPTY',
      status: 422,
      detail: 'Il file è vuoto.',
      field: 'file',
    });
  },

  documentTooLarge(maxBytes: number): DomainError {
    return new DomainError({
      code: 'DOCUMENT_TOO_LARGE',
      status: 413,
      detail: `Il file supera la dimensione massima di ${megabytes(maxBytes)}.`,
      field: 'file',
      extra: { maxBytes },
    });
  },

  documentTypeNotAllowed(): DomainError {
    return new DomainError({
      code: 'DOCUMENT_TYPE_NOT_ALLOWED',
      status: 415,
      detail: 'Sono ammessi solo documenti PDF e immagini JPEG o PNG.',
      field: 'file',
    });
  },

  /** The name promises one format and the bytes are another (e.g. an image renamed to .pdf). */
  documentContentMismatch(extension: string, detected: string): DomainError {
    return new DomainError({
      code: 'DOCUMENT_CONTENT_MISMATCH',
      status: 422,
      detail: `Il contenuto del file non corrisponde al suo nome: l’estensione è «.${extension}» ma il file è un ${detected}.`,
      field: 'file',
      extra: { detected },
    });
  },
};
