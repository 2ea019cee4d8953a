import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ExplanationList } from '../../../../components/f24/explanation-list';
import { ScrollableTable } from '../../../../components/f24/scrollable-table';
import { Icon } from '../../../../components/icon/icon';
import type { Dictionary } from '../../../../i18n/dictionary';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import type { Locale } from '../../../../i18n/locale';
import { ApiError } from '../../../../lib/api/api-error';
import { getCurrentUser } from '../../../../lib/api/auth';
import { calculateLatePayment, type InstalmentName, type LatePayment } from '../../../../lib/api/f24';
import { formatEuro, formatIsoDate, imuYear } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { routes } from '../../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.latePayment.title };
}

const INSTALMENTS: InstalmentName[] = ['acconto', 'saldo', 'unica'];

type Outcome = { kind: 'result'; payment: LatePayment } | { kind: 'refused'; detail: string } | null;

async function calculate(year: number, instalment: InstalmentName, paymentDate: string): Promise<Outcome> {
  try {
    return { kind: 'result', payment: await calculateLatePayment(year, { instalment, paymentDate }) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401 || error.status >= 500) throw error;
    return { kind: 'refused', detail: error.problem.detail };
  }
}

/**
 * The late-payment calculator: a GET form (it stores nothing), so the result has its own address and the
 * page works without JavaScript.
 */
export default async function LatePaymentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const year = imuYear(typeof params.anno === 'string' ? params.anno : undefined, new Date());
  const instalment = INSTALMENTS.find((name) => name === params.rata) ?? 'acconto';
  const paymentDate = typeof params.data === 'string' ? params.data : '';
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user) redirect(`${routes.login}?${new URLSearchParams({ returnTo: f24Routes.latePayment })}`);
  const outcome = paymentDate ? await calculate(year, instalment, paymentDate) : null;
  const l = t.f24.latePayment;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{l.title}</h1>
      <p className="lead">{l.lead}</p>
      <form method="get" action={f24Routes.latePayment} className="mt-5">
        <div className="row g-3">
          <div className="col-12 col-sm-4 col-lg-2 form-group">
            <label htmlFor="anno" className="active">
              {l.yearLabel}
            </label>
            <input
              id="anno"
              name="anno"
              type="number"
              inputMode="numeric"
              min={2020}
              max={2100}
              defaultValue={year}
              className="form-control"
              required
            />
          </div>
          <div className="col-12 col-sm-8 col-lg-4 form-group">
            <label htmlFor="data" className="active">
              {l.paymentDateLabel}
            </label>
            <input
              id="data"
              name="data"
              type="date"
              defaultValue={paymentDate}
              className="form-control"
              aria-describedby="data-hint"
              required
            />
            <small id="data-hint" className="form-text">
              {l.paymentDateHint}
            </small>
          </div>
        </div>
        <fieldset className="mt-2">
          <legend className="h6">{l.instalmentLegend}</legend>
          {INSTALMENTS.map((name) => (
            <div className="form-check form-check-inline" key={name}>
              <input
                className="form-check-input"
                type="radio"
                name="rata"
                id={`rata-${name}`}
                value={name}
                defaultChecked={name === instalment}
              />
              <label className="form-check-label" htmlFor={`rata-${name}`}>
                {t.f24.instalments[name]}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary mt-3">
          {l.submit}
        </button>
      </form>

      <div aria-live="polite">
        {outcome?.kind === 'refused' && (
          <div className="alert alert-danger mt-4" role="alert">
            <p className="fw-semibold mb-1">{l.refused}</p>
            <p className="mb-0">{outcome.detail}</p>
          </div>
        )}
        {outcome?.kind === 'result' && <Result payment={outcome.payment} locale={locale} t={l} />}
      </div>
    </div>
  );
}

function Result({
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
