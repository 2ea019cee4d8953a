import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { F24Document } from '../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { Icon } from '../icon/icon';

/** The precompiled F24s the comune prepared, each with its amount, its day and a download named for it. */
export function F24DocumentList({
  documents,
  t,
  locale,
}: {
  documents: F24Document[];
  t: Dictionary['f24'];
  locale: Locale;
}) {
  const p = t.payments;
  if (documents.length === 0) return <p className="portal-empty">{p.documentsEmpty}</p>;
  return (
    <ul className="list-unstyled mb-0">
      {documents.map((document) => {
        const instalment = t.instalments[document.instalment];
        const title = formatMessage(p.documentLabel, { year: String(document.year), instalment });
        return (
          <li key={document.id} className="border-bottom py-3 d-flex flex-wrap gap-3 align-items-center">
            <div className="flex-grow-1">
              <p className="fw-semibold mb-1">{title}</p>
              <p className="small mb-0">
                {p.amount}: {formatEuro(document.total, locale)} ·{' '}
                {formatMessage(p.generatedOn, {
                  date: formatIsoDate(document.generatedAt.slice(0, 10), locale),
                })}
              </p>
            </div>
            <a
              className="btn btn-outline-primary btn-sm btn-icon"
              href={document.download}
              download
              aria-label={formatMessage(p.downloadLabel, { year: String(document.year), instalment })}
            >
              <Icon name="download" className="icon-primary icon-sm me-2" />
              <span>{p.download}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
