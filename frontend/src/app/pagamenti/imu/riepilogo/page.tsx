import type { Metadata } from 'next';
import Link from 'next/link';
import { ExplanationList } from '../../../../components/f24/explanation-list';
import { ImuSteps } from '../../../../components/f24/imu-steps';
import { ImuYearProblem } from '../../../../components/f24/imu-year-problem';
import { ScrollableTable } from '../../../../components/f24/scrollable-table';
import { PayImuInstalmentForm } from '../../../../components/payments/pay-imu-instalment-form';
import type { Dictionary } from '../../../../i18n/dictionary';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import type { Locale } from '../../../../i18n/locale';
import type { ImuYear, Instalment, InstalmentName } from '../../../../lib/api/f24';
import { requireUser } from '../../../../lib/auth/require-user';
import { formatEuro, formatIsoDate, imuYear } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { loadImuYear } from '../../../../lib/f24/load-imu-year';
import { paymentRoutes } from '../../../../lib/payments/payment-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.steps.summary };
}

const INSTALMENTS: InstalmentName[] = ['acconto', 'saldo', 'unica'];

/** Step 2 of the IMU flow: the annual tax by codice tributo and the three ways to pay it. */
export default async function ImuSummaryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const year = imuYear(typeof params.anno === 'string' ? params.anno : undefined, new Date());
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(f24Routes.imu)]);
  const result = await loadImuYear(year);
  const f = t.f24;
  const back = `${f24Routes.imu}?${new URLSearchParams({ anno: String(year) })}`;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{formatMessage(f.summary.title, { year: String(year) })}</h1>
      <ImuSteps current="summary" t={f.steps} />
      <ImuYearProblem result={result} unavailable={f.unavailable} />
      {result.kind === 'ok' && <Summary imu={result.imu} locale={locale} t={f} payments={t.payments.imu} />}
      <p className="mt-4">
        <Link href={back}>{f.summary.back}</Link>
      </p>
    </div>
  );
}

function Summary({
  imu,
  locale,
  t,
  payments,
}: {
  imu: ImuYear;
  locale: Locale;
  t: Dictionary['f24'];
  payments: Dictionary['payments']['imu'];
}) {
  const s = t.summary;
  // Only an A/1, A/8, A/9 main residence has a deduction: the column shows when there is one.
  const withDeduction = imu.annual.some((line) => line.deduction !== '0.00');
  return (
    <>
      <p className="lead">{s.lead}</p>
      {imu.belowMinimum && (
        <div className="alert alert-info" role="status">
          {s.belowMinimum}
        </div>
      )}
      {imu.overpaid !== '0.00' && (
        <div className="alert alert-info" role="status">
          {formatMessage(s.overpaid, { amount: formatEuro(imu.overpaid, locale) })}
        </div>
      )}
      <section aria-labelledby="annual-title">
        <h2 id="annual-title" className="h4">
          {s.annualTitle}
        </h2>
        <ScrollableTable label={s.annualTitle}>
          <table className="table align-middle">
            <thead>
              <tr>
                <th scope="col">{s.taxCode}</th>
                <th scope="col">{s.description}</th>
                <th scope="col">{s.properties}</th>
                {withDeduction && (
                  <th scope="col" className="text-end text-nowrap">
                    {s.deduction}
                  </th>
                )}
                <th scope="col" className="text-end text-nowrap">
                  {s.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {imu.annual.map((line) => (
                <tr key={line.taxCode}>
                  <th scope="row">{line.taxCode}</th>
                  <td>{t.taxCodes[line.taxCode as keyof typeof t.taxCodes] ?? line.taxCode}</td>
                  <td>{line.propertiesCount}</td>
                  {withDeduction && (
                    <td className="text-end text-nowrap">{formatEuro(line.deduction, locale)}</td>
                  )}
                  <td className="text-end text-nowrap">{formatEuro(line.amount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
        {imu.annual.map((line) => (
          <ExplanationList
            key={line.taxCode}
            items={line.explanation}
            summary={formatMessage(s.howComputed, { taxCode: line.taxCode })}
          />
        ))}
      </section>
      <div className="row g-4 mt-1">
        {INSTALMENTS.map((name) => (
          <div className="col-12 col-md-4" key={name}>
            <InstalmentCard
              name={name}
              instalment={imu[name]}
              year={imu.year}
              locale={locale}
              t={t}
              payments={payments}
            />
          </div>
        ))}
      </div>
    </>
  );
}

function InstalmentCard({
  name,
  instalment,
  year,
  locale,
  t,
  payments,
}: {
  name: InstalmentName;
  instalment: Instalment;
  year: number;
  locale: Locale;
  t: Dictionary['f24'];
  payments: Dictionary['payments']['imu'];
}) {
  const s = t.summary;
  const label = t.instalments[name];
  return (
    <section className="card card-bg rounded h-100 no-after" aria-labelledby={`instalment-${name}`}>
      <div className="card-body">
        <h2 id={`instalment-${name}`} className="card-title h5">
          {label}
        </h2>
        <p className="small">
          {formatMessage(s.dueDate, { date: formatIsoDate(instalment.dueDate, locale) })}
        </p>
        {instalment.lines.length === 0 ? (
          <p className="portal-empty">{s.nothingDue}</p>
        ) : (
          <>
            <ul className="list-unstyled small mb-2">
              {instalment.lines.map((line) => (
                <li key={line.taxCode} className="d-flex justify-content-between">
                  <span>{line.taxCode}</span>
                  <span>{formatEuro(line.amount, locale)}</span>
                </li>
              ))}
            </ul>
            <p className="fw-semibold d-flex justify-content-between">
              <span>{s.total}</span>
              <span>{formatEuro(instalment.total, locale)}</span>
            </p>
            <Link
              className="btn btn-primary btn-sm"
              href={`${f24Routes.form}?${new URLSearchParams({ anno: String(year), rata: name })}`}
            >
              {formatMessage(s.print, { instalment: label })}
            </Link>
            {instalment.paymentId ? (
              <p className="mt-2 mb-0">
                <Link href={paymentRoutes.payment(instalment.paymentId)}>{payments.existing}</Link>
              </p>
            ) : (
              <PayImuInstalmentForm
                year={year}
                instalment={name}
                labels={{
                  pay: payments.pay,
                  payLabel: formatMessage(payments.payLabel, { instalment: label }),
                  paying: payments.paying,
                  hint: payments.hint,
                }}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}
