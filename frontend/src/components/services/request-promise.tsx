import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import { formatCivilDate, formatItalianTime } from '../../lib/format/dates';

/**
 * The promise of a request (criterion "tempi" of the service model): its protocol number, when the comune took
 * it in charge and the latest day it must be completed by.
 */
export function RequestPromise({
  protocolNumber,
  takenInChargeAt,
  dueBy,
  t,
  locale,
}: {
  protocolNumber: string | null;
  /** An instant (ISO 8601) or a civil day (`YYYY-MM-DD`). */
  takenInChargeAt: string;
  dueBy: string | null;
  t: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  const takenIn =
    takenInChargeAt.length === 10
      ? formatCivilDate(takenInChargeAt, locale)
      : formatItalianTime(takenInChargeAt, locale);
  return (
    <dl className="small mb-2" data-element="request-promise" aria-label={t.label}>
      <div>
        <dt className="d-inline me-1">{t.protocolNumber}:</dt>
        <dd className="d-inline mb-0">{protocolNumber ?? t.noProtocol}</dd>
      </div>
      <div>
        <dt className="d-inline me-1">{t.takenInCharge}:</dt>
        <dd className="d-inline mb-0">{takenIn}</dd>
      </div>
      <div>
        <dt className="d-inline me-1">{t.dueBy}:</dt>
        <dd className="d-inline mb-0">{dueBy ? formatCivilDate(dueBy, locale) : t.noDueBy}</dd>
      </div>
    </dl>
  );
}
