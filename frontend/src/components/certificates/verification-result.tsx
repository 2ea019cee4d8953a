import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { CertificateVerification } from '../../lib/api/certificates';
import { formatCivilDate } from '../../lib/certificates/certificate-formatting';
import { Icon } from '../icon/icon';

/** What the backend answered: the verification, or why there is none. */
export type VerificationOutcome = CertificateVerification | 'not_found' | 'too_many_requests';

export interface VerificationResultProps {
  outcome: VerificationOutcome;
  locale: Locale;
  t: Dictionary['certificates']['verify'];
}

/**
 * The answer in words first (authentic, altered, unknown), then the summary to compare with the paper:
 * the colour and the icon only repeat what the heading says.
 */
export function VerificationResult({ outcome, locale, t }: VerificationResultProps) {
  if (outcome === 'not_found' || outcome === 'too_many_requests') {
    return (
      <div className="alert alert-warning" role="alert">
        <h2 className="h5 mb-1">{outcome === 'not_found' ? t.notFound : t.tooMany}</h2>
        {outcome === 'not_found' && <p className="mb-0">{t.codeHint}</p>}
      </div>
    );
  }
  const authentic = outcome.authentic;
  return (
    <>
      <div className={`alert ${authentic ? 'alert-success' : 'alert-danger'}`} role="status">
        <h2 className="h4 d-flex align-items-center gap-2 mb-2">
          <Icon
            name={authentic ? 'check-circle' : 'error'}
            className={authentic ? 'icon-success' : 'icon-danger'}
          />
          <span>{authentic ? t.authentic : t.forged}</span>
        </h2>
        <p className="mb-1">
          {authentic ? formatMessage(t.authenticText, { municipality: outcome.municipality }) : t.forgedText}
        </p>
        {authentic && <p className="mb-0">{outcome.seal === 'valid' ? t.sealValid : t.sealNotChecked}</p>}
      </div>
      <section className="card card-bg rounded no-after" aria-labelledby="verification-summary">
        <div className="card-body">
          <h2 id="verification-summary" className="h5">
            {t.summary}
          </h2>
          <dl className="row mb-0">
            <dt className="col-sm-4">{t.codeLabel}</dt>
            <dd className="col-sm-8 font-monospace">{outcome.code}</dd>
            <dt className="col-sm-4">{t.type}</dt>
            <dd className="col-sm-8">{outcome.title}</dd>
            <dt className="col-sm-4">{t.issueDate}</dt>
            <dd className="col-sm-8">{formatCivilDate(outcome.issueDate, locale)}</dd>
            <dt className="col-sm-4">{t.municipality}</dt>
            <dd className="col-sm-8">{outcome.municipality}</dd>
            <dt className="col-sm-4">{t.subject}</dt>
            <dd className="col-sm-8 mb-0">{outcome.subjectInitials}</dd>
          </dl>
        </div>
      </section>
    </>
  );
}
