import { DomainError } from '../../common/errors/domain-error.js';
import { italianDate } from '../../common/italian/italian-date.js';
import { romeDay } from '../../common/italian/rome-day.js';

const day = (instant: Date): string => italianDate(romeDay(instant));

function refused(code: string, detail: string, field: string): DomainError {
  return new DomainError({ code, status: 422, detail, field });
}

/**
 * Why a signed document is refused. Every reason is a 422 on the uploaded `file`, with a code the wizard can map
 * and an Italian sentence that tells the signer what to do.
 */
export const SignatureErrors = {
  /** Neither a PDF with a signature dictionary nor a CMS SignedData (`.p7m`). */
  notSigned(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_MISSING',
      'Il file non è firmato digitalmente: carica il PDF firmato in formato PAdES oppure il file .p7m (CAdES).',
      field,
    );
  },

  unreadable(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_UNREADABLE',
      'La firma digitale del file non è leggibile: il file è danneggiato o non è in formato PAdES o CAdES.',
      field,
    );
  },

  /** The PAdES /ByteRange leaves more than the /Contents hole out, or points outside the file. */
  rangeIncomplete(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_RANGE_INCOMPLETE',
      'La firma PAdES non copre l’intero documento: il file è stato modificato dopo la firma.',
      field,
    );
  },

  contentNotPdf(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_CONTENT_NOT_PDF',
      'Il documento firmato contenuto nel file .p7m non è un PDF.',
      field,
    );
  },

  signerCertificateMissing(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_CERTIFICATE_MISSING',
      'Il file firmato non contiene il certificato del firmatario: firmalo di nuovo includendo il certificato.',
      field,
    );
  },

  /** The message digest or the signature value does not match: the bytes changed after signing. */
  altered(field = 'file'): DomainError {
    return refused(
      'SIGNATURE_INVALID',
      'La firma digitale non corrisponde al documento: il file è stato modificato dopo la firma.',
      field,
    );
  },

  expired(signer: string, notAfter: Date, signedAt: Date, field = 'file'): DomainError {
    return refused(
      'SIGNATURE_CERTIFICATE_EXPIRED',
      `Il certificato di firma di ${signer} è scaduto il ${day(notAfter)}, prima della firma del ${day(signedAt)}: firma di nuovo il documento con un certificato valido.`,
      field,
    );
  },

  notYetValid(signer: string, notBefore: Date, field = 'file'): DomainError {
    return refused(
      'SIGNATURE_CERTIFICATE_NOT_YET_VALID',
      `Il certificato di firma di ${signer} è valido solo dal ${day(notBefore)}, dopo la data della firma.`,
      field,
    );
  },

  keyUsage(signer: string, field = 'file'): DomainError {
    return refused(
      'SIGNATURE_KEY_USAGE',
      `Il certificato di ${signer} non è un certificato di firma qualificata (manca l’uso della chiave “non ripudio”): firma con il dispositivo di firma digitale.`,
      field,
    );
  },

  untrustedIssuer(issuer: string, field = 'file'): DomainError {
    return refused(
      'SIGNATURE_UNTRUSTED_CA',
      `Il certificato di firma è stato rilasciato da “${issuer}”, che non è un’autorità di certificazione riconosciuta dal Comune.`,
      field,
    );
  },
};
