import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Visura } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { VisuraRow } from './visura-row';

/** Within this many days of expiry the visura warns that the identity document must be renewed. */
const EXPIRING_DAYS = 60;

/** The identity card on record, with a warning when it has expired or is about to. */
export function VisuraIdentityDocument({
  document,
  t,
  locale,
}: {
  document: Visura['identityDocument'];
  t: Dictionary['registry']['myData'];
  locale: Locale;
}) {
  if (!document) return <p className="portal-empty">{t.noDocument}</p>;
  const day = (iso: string) => formatCivilDate(iso, locale);
  return (
    <>
      {document.expired ? (
        <div className="alert alert-danger" role="status">
          {t.documentExpired}
        </div>
      ) : (
        document.daysToExpiry <= EXPIRING_DAYS && (
          <div className="alert alert-warning" role="status">
            {formatMessage(t.documentExpiring, { days: String(document.daysToExpiry) })}
          </div>
        )
      )}
      <dl className="mb-0">
        <VisuraRow label={t.documentKind}>{document.kindLabel}</VisuraRow>
        <VisuraRow label={t.documentNumber}>
          <span className="font-monospace">{document.number}</span>
        </VisuraRow>
        <VisuraRow label={t.issuedOn}>{day(document.issuedOn)}</VisuraRow>
        <VisuraRow label={t.expiresOn}>{day(document.expiresOn)}</VisuraRow>
      </dl>
    </>
  );
}
