import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { certificateRoutes } from '../../lib/certificates/certificate-routes';
import { formatInstant } from '../../lib/permits/permit-formatting';
import { DeskSection } from './desk-section';

/** The latest certificates, F24 forms and uploads, newest first. */
export function DocumentsDesk({
  documents,
  t,
  locale,
}: {
  documents: PersonalAreaSummary['documents'];
  t: Dictionary['personalArea'];
  locale: Locale;
}) {
  const s = t.sections.documents;
  return (
    <DeskSection
      id="documenti"
      icon="files"
      title={s.title}
      description={s.description}
      count={formatMessage(s.counts, {
        certificates: String(documents.certificates),
        f24: String(documents.f24),
        uploads: String(documents.uploads),
      })}
      more={{ href: certificateRoutes.home, label: s.all }}
    >
      {documents.latest.length === 0 ? (
        <p className="mb-0">{s.empty}</p>
      ) : (
        <ul className="mb-0 ps-3">
          {documents.latest.map((document) => (
            <li key={`${document.kind}-${document.href}-${document.date}`} className="mb-1">
              {s.kinds[document.kind]}:{' '}
              {/* An F24 is a PDF served by the backend, not a page: a plain link, no client navigation. */}
              {document.kind === 'f24' ? (
                <a href={document.href}>{document.title}</a>
              ) : (
                <Link href={document.href}>{document.title}</Link>
              )}
              <span className="small"> — {formatInstant(document.date, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </DeskSection>
  );
}
