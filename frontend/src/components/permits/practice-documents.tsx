import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PracticeDocument } from '../../lib/api/permits';
import { documentUrl, type PermitsAudience } from '../../lib/permits/api-paths';
import { formatFileSize, formatInstant } from '../../lib/permits/permit-formatting';
import { Icon } from '../icon/icon';

/** Who signed a signed document, as its certificate says (with the codice fiscale when it carries one). */
function signatureLine(
  signature: NonNullable<PracticeDocument['signature']>,
  t: Dictionary['permits'],
  locale: Locale,
) {
  const code = signature.signerFiscalCode
    ? ` (${formatMessage(t.detail.signerFiscalCode, { code: signature.signerFiscalCode })})`
    : '';
  return formatMessage(t.detail.signedBy, {
    format: signature.format === 'cades' ? 'CAdES' : 'PAdES',
    signer: `${signature.signerName}${code}`,
    date: formatInstant(signature.signedAt, locale),
  });
}

/** The documents of a practice, each a download link (the browser sends the session along). */
export function PracticeDocuments({
  practiceId,
  documents,
  audience,
  t,
  locale,
}: {
  practiceId: string;
  documents: PracticeDocument[];
  audience: PermitsAudience;
  t: Dictionary['permits'];
  locale: Locale;
}) {
  const d = t.detail;
  return (
    <section className="mt-5" aria-labelledby="documents-title">
      <h2 id="documents-title" className="h4 mb-3">
        {d.documents}
      </h2>
      {documents.length === 0 ? (
        <p>{d.noDocuments}</p>
      ) : (
        <ul className="list-unstyled">
          {documents.map((document) => (
            <li className="mb-3" key={document.id}>
              <a href={documentUrl(audience, practiceId, document.id)} download={document.fileName}>
                <Icon name="file" className="icon-sm icon-primary me-1" />
                {document.fileName}
              </a>{' '}
              <span className="small text-muted">({formatFileSize(document.sizeBytes, locale)})</span>
              <br />
              <span className="small">
                {formatMessage(d.uploadedBy, {
                  name: document.uploadedBy.name,
                  date: formatInstant(document.uploadedAt, locale),
                })}
              </span>
              {document.signature && (
                <>
                  <br />
                  <span className="small">{signatureLine(document.signature, t, locale)}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
