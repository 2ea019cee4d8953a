import { DomainError } from '../../common/errors/domain-error.js';
import { megabytes } from '../../common/files/megabytes.js';
import {
  ATTACHMENT_KIND_INFO,
  type AttachmentKind,
  type MissingItem,
} from '../domain/filing-requirements.js';

const MISSING_TEXT: Record<MissingItem['reason'], string> = {
  section_missing: 'sezione da compilare',
  detail_missing: 'dato da indicare',
  declaration_not_made: 'dichiarazione da rendere',
  attachment_missing: 'allegato firmato da caricare',
  proxy_missing: 'procura speciale (delega) firmata dal titolare',
};

/** Errors of the online filing (drafts, attachments, submission). */
export const FilingErrors = {
  /** Unknown, or someone else's: the two look the same. */
  draftNotFound(): DomainError {
    return new DomainError({
      code: 'DRAFT_NOT_FOUND',
      status: 404,
      detail: 'La bozza richiesta non esiste o non è tra le tue bozze.',
    });
  },

  alreadySubmitted(protocolNumber: string): DomainError {
    return new DomainError({
      code: 'DRAFT_ALREADY_SUBMITTED',
      status: 409,
      detail: `La pratica è già stata inviata (protocollo n. ${protocolNumber}): non si può più modificare la bozza.`,
    });
  },

  versionConflict(currentVersion: number): DomainError {
    return new DomainError({
      code: 'DRAFT_VERSION_CONFLICT',
      status: 409,
      detail:
        'La bozza è stata salvata da un altro dispositivo mentre la stavi modificando: ricarica la pagina e riprova.',
      field: 'expectedVersion',
      extra: { currentVersion },
    });
  },

  incomplete(missing: MissingItem[]): DomainError {
    const list = missing.map((item) => `${item.field} (${MISSING_TEXT[item.reason]})`).join('; ');
    return new DomainError({
      code: 'DRAFT_INCOMPLETE',
      status: 422,
      detail: `La pratica non si può ancora inviare: manca ${list}.`,
      field: missing[0]?.field,
      extra: { missing },
    });
  },

  feeNotPaid(description: string): DomainError {
    return new DomainError({
      code: 'FILING_FEE_NOT_PAID',
      status: 422,
      detail: `Prima dell’invio vanno pagati i diritti di segreteria: ${description}.`,
      field: 'fees',
    });
  },

  /** No tariff is set for the type (or it is zero): there is nothing to pay before sending. */
  noFeeDue(): DomainError {
    return new DomainError({
      code: 'FILING_FEE_NOT_DUE',
      status: 409,
      detail: 'Per questo tipo di pratica non ci sono diritti di segreteria da pagare online.',
      field: 'fees',
    });
  },

  /** The author is neither the titolare nor the technician named in the draft. */
  notEntitled(): DomainError {
    return new DomainError({
      code: 'FILER_NOT_ENTITLED',
      status: 422,
      detail:
        'Può inviare la pratica solo il titolare o il tecnico incaricato indicato nella sezione “Tecnico”, con la procura speciale firmata dal titolare.',
      field: 'sections.titolare.fiscalCode',
    });
  },

  proxyNotSignedByTitolare(signer: string): DomainError {
    return new DomainError({
      code: 'PROXY_SIGNER_MISMATCH',
      status: 422,
      detail: `La procura speciale è firmata da ${signer}, non dal titolare della pratica: deve firmarla il titolare.`,
      field: 'attachments.delega',
    });
  },

  fileMissing(): DomainError {
    return new DomainError({
      code: 'ATTACHMENT_FILE_MISSING',
      status: 400,
      detail: 'Scegli il file da allegare (campo “file”).',
      field: 'file',
    });
  },

  kindUnknown(): DomainError {
    return new DomainError({
      code: 'ATTACHMENT_KIND_INVALID',
      status: 400,
      detail: 'Il tipo di allegato (campo “kind”) non è tra quelli previsti dal modulo.',
      field: 'kind',
    });
  },

  tooLarge(kind: AttachmentKind): DomainError {
    const info = ATTACHMENT_KIND_INFO[kind];
    return new DomainError({
      code: 'ATTACHMENT_TOO_LARGE',
      status: 413,
      detail: `Il file supera la dimensione massima per “${info.label.it}” (${megabytes(info.maxBytes)}).`,
      field: 'file',
      extra: { maxBytes: info.maxBytes },
    });
  },

  tooMany(kind: AttachmentKind): DomainError {
    const info = ATTACHMENT_KIND_INFO[kind];
    return new DomainError({
      code: 'ATTACHMENT_LIMIT_REACHED',
      status: 422,
      detail: `Per “${info.label.it}” si possono allegare al massimo ${info.maxCount} file: eliminane uno prima di caricarne un altro.`,
      field: 'kind',
      extra: { maxCount: info.maxCount },
    });
  },

  attachmentNotFound(): DomainError {
    return new DomainError({
      code: 'ATTACHMENT_NOT_FOUND',
      status: 404,
      detail: 'L’allegato richiesto non esiste in questa bozza.',
    });
  },

  receiptNotFound(): DomainError {
    return new DomainError({
      code: 'RECEIPT_NOT_FOUND',
      status: 404,
      detail: 'La ricevuta richiesta non esiste o non riguarda una tua pratica.',
    });
  },

  profileIncomplete(): DomainError {
    return new DomainError({
      code: 'TECHNICIAN_PROFILE_MISSING',
      status: 404,
      detail:
        'Non hai ancora compilato il profilo professionale (albo, numero di iscrizione, provincia, PEC).',
    });
  },

  /** Unknown, expired (24 h), already completed, or someone else's: the same answer. */
  uploadNotFound(): DomainError {
    return new DomainError({
      code: 'UPLOAD_NOT_FOUND',
      status: 404,
      detail:
        'Il caricamento richiesto non esiste, è scaduto (dopo 24 ore) o è già stato concluso: carica di nuovo il file.',
    });
  },

  tusVersionRequired(): DomainError {
    return new DomainError({
      code: 'TUS_RESUMABLE_REQUIRED',
      status: 412,
      detail: 'Il caricamento ripristinabile richiede l’intestazione Tus-Resumable: 1.0.0 (protocollo tus).',
      field: 'Tus-Resumable',
    });
  },

  uploadLengthRequired(): DomainError {
    return new DomainError({
      code: 'UPLOAD_LENGTH_REQUIRED',
      status: 400,
      detail:
        'Indica la dimensione del file (intestazione Upload-Length, un numero intero di byte maggiore di zero).',
      field: 'Upload-Length',
    });
  },

  uploadMetadataInvalid(): DomainError {
    return new DomainError({
      code: 'UPLOAD_METADATA_INVALID',
      status: 400,
      detail:
        'L’intestazione Upload-Metadata non è valida: coppie «chiave valore-in-base64» separate da virgole.',
      field: 'Upload-Metadata',
    });
  },

  /** The bytes received so far are fewer than announced: resume the upload before completing it. */
  uploadIncomplete(offset: number, length: number): DomainError {
    return new DomainError({
      code: 'UPLOAD_INCOMPLETE',
      status: 409,
      detail: `Il file non è ancora arrivato per intero (${offset} byte su ${length}): riprendi il caricamento prima di concluderlo.`,
      extra: { offset, length },
    });
  },

  /** A tus protocol refusal (offset mismatch, wrong content type, lock held...), in the portal's words. */
  uploadProtocol(status: number, reason: string): DomainError {
    const known: Record<number, { code: string; detail: string }> = {
      400: {
        code: 'UPLOAD_REQUEST_INVALID',
        detail: `La richiesta di caricamento non è valida (${reason}).`,
      },
      403: {
        code: 'UPLOAD_CONTENT_TYPE_INVALID',
        detail: 'I dati del file vanno inviati con Content-Type: application/offset+octet-stream.',
      },
      409: {
        code: 'UPLOAD_OFFSET_MISMATCH',
        detail:
          'Il caricamento è ripreso da un punto diverso da quello già ricevuto: chiedi a che punto è (HEAD) e riprendi da lì.',
      },
      413: { code: 'UPLOAD_TOO_LARGE', detail: 'I dati inviati superano la dimensione dichiarata del file.' },
    };
    const mapped = known[status];
    if (mapped) return new DomainError({ ...mapped, status });
    return new DomainError({
      code: 'UPLOAD_UNAVAILABLE',
      status: 503,
      detail:
        'Il caricamento non è possibile in questo momento: riprova tra qualche istante, riprenderà da dove si è fermato.',
    });
  },
};
