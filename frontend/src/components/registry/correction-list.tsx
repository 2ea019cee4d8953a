import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Correction } from '../../lib/api/registry';
import { formatCivilDate, formatItalianTime } from '../../lib/registry/registry-formatting';
import { ScrollableTable } from '../f24/scrollable-table';
import { RequestPromise } from '../services/request-promise';
import { ServiceTimeline } from '../services/service-timeline';

const BADGES: Record<string, string> = {
  open: 'bg-warning',
  accepted: 'bg-success',
  rejected: 'bg-danger',
};

/** The resident's rettifica requests with their protocol, term, state history and the office's answer. */
export function CorrectionList({
  items,
  t,
  promise,
  locale,
}: {
  items: Correction[];
  t: Dictionary['registry']['corrections'];
  promise: Dictionary['serviceModel']['promise'];
  locale: Locale;
}) {
  if (items.length === 0) return <p className="portal-empty">{t.empty}</p>;
  const c = t.columns;
  return (
    // A request's values and answer are the resident's and the office's own words: the table may scroll.
    <ScrollableTable label={t.caption}>
      <table className="table align-middle">
        <caption className="caption-top">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.reference}</th>
            <th scope="col">{c.subject}</th>
            <th scope="col">{c.field}</th>
            <th scope="col">{c.values}</th>
            <th scope="col">{c.state}</th>
            <th scope="col">{c.answer}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {item.reference}
                <br />
                <span className="small fw-normal text-muted">
                  {formatMessage(t.sentOn, { date: formatItalianTime(item.createdAt, locale) })}
                </span>
              </th>
              <td className="portal-user-text">{item.subject.name}</td>
              <td>{item.field.label}</td>
              <td className="portal-user-text">
                {formatMessage(t.change, { current: item.currentValue, requested: item.requestedValue })}
              </td>
              <td className="portal-request-state">
                <p className="mb-2">
                  <span className={`badge ${BADGES[item.state.code] ?? 'bg-secondary'}`}>
                    {item.state.label}
                  </span>
                </p>
                <RequestPromise
                  protocolNumber={item.protocolNumber}
                  takenInChargeAt={item.takenInChargeAt}
                  dueBy={item.state.code === 'open' ? item.dueBy : null}
                  t={promise}
                  locale={locale}
                />
                <ServiceTimeline
                  title={promise.timeline}
                  steps={item.timeline.map((step) => ({
                    key: step.state,
                    label: promise.states[step.state] ?? step.label,
                    at: step.at,
                  }))}
                  locale={locale}
                />
              </td>
              <td className="portal-user-text">
                {item.answer ? (
                  <>
                    {item.answer}
                    {item.answeredAt && (
                      <>
                        <br />
                        <span className="small text-muted">
                          {formatMessage(t.answeredOn, { date: formatItalianTime(item.answeredAt, locale) })}
                        </span>
                      </>
                    )}
                  </>
                ) : (
                  <>
                    {t.waiting}
                    <br />
                    <span className="small text-muted">
                      {formatMessage(t.dueOn, { date: formatCivilDate(item.dueOn, locale) })}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
