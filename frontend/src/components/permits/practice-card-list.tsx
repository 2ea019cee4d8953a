import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ResidentPracticeSummary } from '../../lib/api/permits';
import { formatDay } from '../../lib/permits/permit-formatting';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { RequestPromise } from '../services/request-promise';
import { StateBadge } from './state-badge';

/** The resident's practices as cards: type, protocol and term, where, state, and what is due from them. */
export function PracticeCardList({
  items,
  t,
  promise,
  locale,
}: {
  items: ResidentPracticeSummary[];
  t: Dictionary['permits'];
  promise: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  if (items.length === 0) return <p className="mt-4">{t.list.empty}</p>;
  return (
    <ul className="list-unstyled row g-4 mt-2">
      {items.map((item) => (
        <li className="col-12 col-lg-6" key={item.id}>
          <article className="card card-bg rounded h-100 no-after">
            <div className="card-body">
              <div className="d-flex justify-content-between align-items-start gap-2 mb-2">
                <h2 className="card-title h5 mb-0">{item.typeLabel}</h2>
                <StateBadge label={item.stateLabel} bucket={item.bucket} />
              </div>
              <RequestPromise
                protocolNumber={item.protocolNumber}
                takenInChargeAt={item.protocolDate}
                dueBy={item.completionBy}
                t={promise}
                locale={locale}
              />
              <p className="mb-1">{item.address}</p>
              <p className="small text-muted mb-2">
                {formatMessage(t.list.yourRole, {
                  roles: item.yourRoles.map((role) => t.roles[role]).join(', '),
                })}
              </p>
              {item.dueDate && (
                <p className="fw-semibold text-danger mb-2">
                  {formatMessage(t.list.dueBy, { date: formatDay(item.dueDate, locale) })}
                </p>
              )}
              <Link className="read-more" href={permitRoutes.practice(item.id)}>
                <span className="text">{formatMessage(t.list.open, { number: item.protocolNumber })}</span>
              </Link>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
