import { DomainError } from '../common/errors/domain-error.js';
import { megabytes } from '../common/files/megabytes.js';
import type { ImportProblem } from './import/import-file-validator.js';
import type { EncodingProblem } from './import/utf8-check.js';

/** The registry's failures, each with the reason it exists. */
export const RegistryErrors = {
  /** The logged-in person has no current record in this comune's registry (not resident, not AIRE). */
  notInRegistry: () =>
    new DomainError({
      code: 'REGISTRY_PERSON_NOT_FOUND',
      status: 404,
      detail:
        "Non risulti iscritto nell'anagrafe del Comune. Se ritieni che sia un errore, contatta l'ufficio anagrafe.",
    }),

  /** Asked for a person outside the caller's own household: answered as "not found" so nothing leaks. */
  memberNotFound: () =>
    new DomainError({
      code: 'HOUSEHOLD_MEMBER_NOT_FOUND',
      status: 404,
      detail: 'La persona richiesta non fa parte della tua famiglia anagrafica.',
    }),

  /** REGISTRY_SOURCE=anpr and PDND or ANPR down or slower than ANPR_TIMEOUT_MS: nothing older is shown instead. */
  nationalRegistryUnavailable: () =>
    new DomainError({
      code: 'NATIONAL_REGISTRY_UNAVAILABLE',
      status: 503,
      detail:
        "L'anagrafe nazionale (ANPR) non risponde in questo momento. Riprova tra qualche minuto: i tuoi dati non sono stati modificati.",
    }),

  /** PDND or ANPR refused the portal's request (voucher, purpose or ModI headers): an operator must look. */
  nationalRegistryRefused: () =>
    new DomainError({
      code: 'NATIONAL_REGISTRY_REFUSED',
      status: 503,
      detail:
        "L'anagrafe nazionale (ANPR) non ha accettato la richiesta del portale. Riprova più tardi; se il problema continua, contatta l'ufficio anagrafe.",
    }),

  /** The registry shows nothing for this datum (household, other): the resident must say what is recorded now. */
  correctionCurrentValueRequired: () =>
    new DomainError({
      code: 'CORRECTION_CURRENT_VALUE_REQUIRED',
      status: 422,
      detail: "Indica che cosa risulta ora: per questo dato l'anagrafe non mostra un valore da riportare.",
      field: 'currentValue',
    }),

  /** REGISTRY_SOURCE=anpr: the registry is ANPR's, the portal keeps no copy to load. */
  importDisabled: () =>
    new DomainError({
      code: 'REGISTRY_IMPORT_DISABLED',
      status: 409,
      detail:
        "Il portale legge l'anagrafe direttamente da ANPR: l'importazione di un file anagrafico non è prevista.",
    }),

  personNotFound: () =>
    new DomainError({
      code: 'REGISTRY_PERSON_NOT_FOUND',
      status: 404,
      detail: "La persona richiesta non è presente nell'anagrafe.",
    }),

  searchTooShort: () =>
    new DomainError({
      code: 'REGISTRY_SEARCH_TOO_SHORT',
      status: 400,
      detail: 'Scrivi almeno 2 caratteri: codice fiscale, cognome e nome, oppure indirizzo.',
      field: 'q',
    }),

  importNotFound: () =>
    new DomainError({
      code: 'REGISTRY_IMPORT_NOT_FOUND',
      status: 404,
      detail: "L'importazione richiesta non esiste.",
    }),

  /** The body is not a CSV: refused before anything is written. */
  importMediaType: () =>
    new DomainError({
      code: 'REGISTRY_IMPORT_MEDIA_TYPE',
      status: 415,
      detail: 'Invia il file come text/csv (il contenuto del file nel corpo della richiesta).',
    }),

  importEmpty: () =>
    new DomainError({ code: 'REGISTRY_IMPORT_EMPTY', status: 422, detail: 'Il file è vuoto.' }),

  importTooLarge: (maxBytes: number) =>
    new DomainError({
      code: 'REGISTRY_IMPORT_TOO_LARGE',
      status: 413,
      detail: `Il file supera la dimensione massima di ${megabytes(maxBytes)}.`,
      extra: { maxBytes },
    }),

  /** Spreadsheets often save Windows-1252 or UTF-16: names would load garbled, so the file is refused. */
  importEncoding: (problem: EncodingProblem) =>
    new DomainError({
      code: 'REGISTRY_IMPORT_ENCODING',
      status: 422,
      detail:
        problem.kind === 'nul_byte'
          ? `Il file non è in UTF-8 (riga ${problem.line}: contiene caratteri nulli, forse è in UTF-16). Salvalo come «CSV UTF-8».`
          : `Il file non è in UTF-8: la riga ${problem.line} contiene un carattere non valido (byte ${problem.byteOffset}). Salvalo come «CSV UTF-8».`,
      extra: { line: problem.line, byteOffset: problem.byteOffset },
    }),

  importHeader: (problems: ImportProblem[]) =>
    new DomainError({
      code: 'REGISTRY_IMPORT_HEADER',
      status: 422,
      detail: `Intestazione del file non valida: ${problems.map((problem) => `«${problem.field}» ${problem.reason}`).join('; ')}.`,
      field: problems[0]?.field ?? undefined,
      extra: { errors: problems },
    }),

  correctionNotFound: () =>
    new DomainError({
      code: 'CORRECTION_NOT_FOUND',
      status: 404,
      detail: 'La richiesta di rettifica non esiste.',
    }),

  /** Another clerk answered first, or the request changed since it was read. */
  correctionVersionConflict: (current: number) =>
    new DomainError({
      code: 'CORRECTION_VERSION_CONFLICT',
      status: 409,
      detail: 'La richiesta è stata modificata da un altro operatore: ricarica la pagina e riprova.',
      field: 'version',
      extra: { currentVersion: current },
    }),

  correctionAlreadyAnswered: () =>
    new DomainError({
      code: 'CORRECTION_ALREADY_ANSWERED',
      status: 409,
      detail: 'La richiesta di rettifica ha già ricevuto una risposta.',
    }),

  attachmentEmpty: () =>
    new DomainError({
      code: 'CORRECTION_ATTACHMENT_EMPTY',
      status: 422,
      detail: "L'allegato è vuoto.",
      field: 'attachment',
    }),

  attachmentType: () =>
    new DomainError({
      code: 'CORRECTION_ATTACHMENT_TYPE',
      status: 415,
      detail: "L'allegato deve essere un documento PDF o un'immagine JPEG o PNG.",
      field: 'attachment',
    }),

  attachmentTooLarge: (maxBytes: number) =>
    new DomainError({
      code: 'CORRECTION_ATTACHMENT_TOO_LARGE',
      status: 413,
      detail: `L'allegato supera la dimensione massima di ${megabytes(maxBytes)}.`,
      field: 'attachment',
      extra: { maxBytes },
    }),
};
