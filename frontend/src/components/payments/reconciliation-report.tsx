import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ReconciliationReport } from '../../lib/api/payments';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { romeDay } from '../../lib/payments/payment-groups';
import { ScrollableTable } from '../f24/scrollable-table';

/**
 * What pagoPA says is paid against what the portal recorded: the counts, and each difference with the
 * backend's Italian explanation of what to do about it.
 */
export function ReconciliationReportView({
  report,
  t,
  locale,
}: {
  report: ReconciliationReport | null;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const s = t.staff;
  return (
    <section className="mt-5" aria-labelledby="reconciliation-title" data-element="reconciliation">
      <h2 id="reconciliation-title" className="h3">
        {s.reconciliation}
      </h2>
      <p>{s.reconciliationLead}</p>
      {report === null ? (
        <div className="alert alert-warning" role="alert">
          {s.unavailable}
        </div>
      ) : (
        <>
          <p className="small">
            {formatMessage(s.reconciliationAt, { date: formatIsoDate(romeDay(report.checkedAt), locale) })} ·{' '}
            {formatMessage(s.reconciliationPeriod, {
              from: formatIsoDate(report.from, locale),
              to: formatIsoDate(report.to, locale),
            })}{' '}
            ·{' '}
            {formatMessage(s.reconciliationCounts, {
              gpd: String(report.gpdPaid),
              portal: String(report.portalPaid),
            })}
          </p>
          {report.differences.length === 0 ? (
            <div className="alert alert-success" role="status">
              {s.reconciliationOk}
            </div>
          ) : (
            <ScrollableTable label={s.differencesCaption}>
              <table className="table align-middle small">
                <caption className="visually-hidden">{s.differencesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.fields.noticeNumber}</th>
                    <th scope="col">{s.portalStatus}</th>
                    <th scope="col">{s.pagopaStatus}</th>
                    <th scope="col">{s.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.differences.map((difference) => (
                    <tr
                      key={`${difference.kind}-${difference.iupd}`}
                      data-element="reconciliation-difference"
                    >
                      <td className="font-monospace text-nowrap">
                        {difference.noticeNumber ?? difference.iupd}
                      </td>
                      <td>{difference.portalStatus ?? '—'}</td>
                      <td>{difference.gpdStatus ?? '—'}</td>
                      <td className="text-break">{difference.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollableTable>
          )}
        </>
      )}
    </section>
  );
}
