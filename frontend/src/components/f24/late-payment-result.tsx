import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { LatePayment } from '../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { Icon } from '../icon/icon';
import { ExplanationList } from './explanation-list';
import { ScrollableTable } from './scrollable-table';

/** The ravvedimento: tax, penalty and interest per tax code, how each was computed, and the F24 to pay it. */
export function LatePaymentResult({
  payment,
  locale,
  t,
}: {
  payment: LatePayment;
  locale: Locale;
  t: Dictionary['f24']['latePayment'];
}) {
  return (
    <section className="mt-5" aria-labelledby="result-title">
      <h2 id="result-title" className="h3">
        {formatMessage(t.resultTitle, { date: formatIsoDate(payment.paymentDate, locale) })}
      </h2>
      <p>
        {formatMessage(t.delay, {
          days: String(payment.daysLate),
          date: formatIsoDate(payment.dueDate, locale),
        })}
      </p>
      <ScrollableTable
        label={formatMessage(t.resultTitle, { date: formatIsoDate(payment.paymentDate, locale) })}
      >
        <table className="table align-middle">
          <thead>
            <tr>
              <th scope="col">{t.taxCode}</th>
              <th scope="col" className="text-end text-nowrap">
                {t.tax}
              </th>
              <th scope="col" className="text-end text-nowrap">
                {t.penalty}
              </th>
              <th scope="col" className="text-end text-nowrap">
                {t.interest}
              </th>
              <th scope="col" className="text-end text-nowrap">
                {t.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {payment.lines.map((line) => (
              <tr key={line.taxCode}>
                <th scope="row">{line.taxCode}</th>
                <td className="text-end text-nowrap">{formatEuro(line.tax, locale)}</td>
                <td className="text-end text-nowrap">{formatEuro(line.penalty, locale)}</td>
                <td className="text-end text-nowrap">{formatEuro(line.interest, locale)}</td>
                <td className="text-end text-nowrap">{formatEuro(line.total, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="text-end text-nowrap">
                {t.grandTotal}
              </th>
              <td className="text-end text-nowrap fw-semibold">{formatEuro(payment.total, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollableTable>
      <ExplanationList items={payment.explanation} summary={t.howComputed} />
      {payment.lines.map((line) => (
        <ExplanationList
          key={line.taxCode}
          items={line.explanation}
          summary={formatMessage(t.howComputedLine, { taxCode: line.taxCode })}
        />
      ))}
      <a className="btn btn-primary btn-icon mt-3" href={payment.pdf} download>
        <Icon name="download" className="icon-white me-2" />
        <span>{t.download}</span>
      </a>
    </section>
  );
}
