import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { StaffPaymentPage } from '../../lib/api/payments';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { ScrollableTable } from '../f24/scrollable-table';
import { PaymentStatusBadge } from './payment-status-badge';

/** Totals of the filtered set (every page), then the page of payments as a table that scrolls on a phone. */
export function StaffPaymentTable({
  result,
  query,
  t,
  locale,
}: {
  result: StaffPaymentPage;
  query: URLSearchParams;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const s = t.staff;
  const { totals } = result;
  const pageHref = (page: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(page));
    return `${paymentRoutes.staff}?${next}`;
  };
  return (
    <>
      <h3 className="h5 mt-4">{s.totals}</h3>
      <dl className="row small">
        <dt className="col-6 col-md-3">{s.count}</dt>
        <dd className="col-6 col-md-3">{totals.count}</dd>
        <dt className="col-6 col-md-3">{t.fields.amount}</dt>
        <dd className="col-6 col-md-3 text-nowrap">{formatEuro(totals.amount, locale)}</dd>
        <dt className="col-6 col-md-3">{t.status.paid}</dt>
        <dd className="col-6 col-md-3 text-nowrap">
          {totals.paidCount} · {formatEuro(totals.paidAmount, locale)}
        </dd>
        <dt className="col-6 col-md-3">{t.status.due}</dt>
        <dd className="col-6 col-md-3 text-nowrap">{formatEuro(totals.dueAmount, locale)}</dd>
      </dl>
      {result.items.length === 0 ? (
        <p className="portal-empty">{s.empty}</p>
      ) : (
        <ScrollableTable label={s.tableCaption}>
          <table className="table align-middle small">
            <caption className="visually-hidden">{s.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.fields.noticeNumber}</th>
                <th scope="col">{t.fields.purpose}</th>
                <th scope="col">{s.payer}</th>
                <th scope="col" className="text-end">
                  {t.fields.amount}
                </th>
                <th scope="col">{t.fields.dueDate}</th>
                <th scope="col">{t.fields.status}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.id} data-element="staff-payment-row">
                  <td className="font-monospace text-nowrap">{item.noticeNumber ?? '—'}</td>
                  <td className="text-break">
                    {item.purpose}
                    <span className="d-block text-secondary">{t.kinds[item.kind] ?? item.kind}</span>
                  </td>
                  <td className="text-break">
                    {item.payerName}
                    <span className="d-block font-monospace">{item.payerFiscalCode}</span>
                  </td>
                  <td className="text-end text-nowrap">{formatEuro(item.amount, locale)}</td>
                  <td className="text-nowrap">{item.dueDate ? formatIsoDate(item.dueDate, locale) : '—'}</td>
                  <td>
                    <PaymentStatusBadge status={item.status} t={t.status} />
                    {item.lastError && <span className="d-block text-break">{item.lastError}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
      <nav
        className="d-flex flex-wrap gap-3 mt-2"
        aria-label={formatMessage(s.pageOf, { page: String(result.page) })}
      >
        {result.page > 1 && <Link href={pageHref(result.page - 1)}>{s.previous}</Link>}
        <span aria-current="page">{formatMessage(s.pageOf, { page: String(result.page) })}</span>
        {result.items.length >= result.pageSize && <Link href={pageHref(result.page + 1)}>{s.next}</Link>}
      </nav>
    </>
  );
}
