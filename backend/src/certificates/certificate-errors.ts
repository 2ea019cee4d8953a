import { DomainError } from '../common/errors/domain-error.js';

/** Errors of the certificates services and HTTP layer (the rules have theirs in `domain/`). */
export const CertificateErrors = {
  /** Unknown person, or not in the caller's famiglia anagrafica: the two look the same. */
  subjectNotFound(field = 'subjectId'): DomainError {
    return new DomainError({
      code: 'CERTIFICATE_SUBJECT_NOT_FOUND',
      status: 404,
      detail:
        'La persona indicata non risulta tra i componenti della tua famiglia anagrafica: puoi richiedere certificati solo per te e per i tuoi familiari conviventi.',
      field,
    });
  },

  /** Unknown, or requested by somebody else: nobody learns which certificates exist. */
  certificateNotFound(): DomainError {
    return new DomainError({
      code: 'CERTIFICATE_NOT_FOUND',
      status: 404,
      detail: 'Il certificato richiesto non esiste o non è tra i certificati che hai richiesto.',
    });
  },

  /** Unknown and malformed codes get this same answer, so a guess teaches nothing. */
  codeNotFound(): DomainError {
    return new DomainError({
      code: 'CERTIFICATE_CODE_NOT_FOUND',
      status: 404,
      detail:
        'Nessun certificato risulta emesso con questo codice. Controlla di averlo trascritto correttamente: è formato da 16 caratteri, lettere e cifre.',
    });
  },

  cursorInvalid(): DomainError {
    return new DomainError({
      code: 'CERTIFICATE_CURSOR_INVALID',
      status: 400,
      detail: "Il segnaposto di paginazione non è valido: ricaricare l'elenco dei certificati.",
      field: 'cursor',
    });
  },

  typeAndTypes(): DomainError {
    return new DomainError({
      code: 'CERTIFICATE_TYPE_AMBIGUOUS',
      status: 422,
      detail:
        'Indicare il tipo di certificato con «type» oppure, per un certificato contestuale, più tipi con «types»: non entrambi.',
      field: 'types',
    });
  },
};
