import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ArchivedCertificate } from '../../lib/api/certificates';
import { formatCivilDate } from '../../lib/certificates/certificate-formatting';
import { Icon } from '../icon/icon';

export interface CertificateArchiveListProps {
  items: ArchivedCertificate[];
  highlightId?: string;
  locale: Locale;
  t: Dictionary['certificates']['archive'];
}

/**
 * The resident's certificates as a list of cards (readable at 360 px, unlike a table). The download is a
 * plain link to the stored PDF, served as an attachment: phones save it without any script.
 */
export function CertificateArchiveList({ items, highlightId, locale, t }: CertificateArchiveListProps) {
  if (items.length === 0) return <p className="portal-empty">{t.empty}</p>;
  return (
    <ul className="list-unstyled row g-3 mb-0">
      {items.map((item) => (
        <li key={item.id} className="col-12 col-lg-6">
          <article
            className={`card card-bg rounded h-100 no-after${item.id === highlightId ? ' border border-success' : ''}`}
            aria-labelledby={`certificate-${item.id}`}
          >
            <div className="card-body">
              <h3 id={`certificate-${item.id}`} className="card-title h6 text-uppercase">
                {item.title}
              </h3>
              <dl className="row small mb-3">
                <dt className="col-5">{t.subject}</dt>
                <dd className="col-7 mb-1">{item.subjectName}</dd>
                <dt className="col-5">{t.code}</dt>
                <dd className="col-7 mb-1 font-monospace">{item.code}</dd>
                <dt className="col-5">{t.stampDuty}</dt>
                <dd className="col-7 mb-1">
                  {item.stampDuty.kind === 'paid'
                    ? formatMessage(t.paid, { marca: item.stampDuty.marcaId ?? '' })
                    : t.exempt}
                </dd>
              </dl>
              <p className="small text-secondary mb-3">
                {formatMessage(t.issuedOn, { date: formatCivilDate(item.issueDate, locale) })}
              </p>
              <a
                className="btn btn-outline-primary btn-sm btn-icon"
                href={item.downloadUrl}
                download
                aria-label={formatMessage(t.downloadLabel, { code: item.code })}
              >
                <Icon name="download" className="icon-primary icon-sm me-2" />
                <span>{t.download}</span>
              </a>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
