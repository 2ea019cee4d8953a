import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { DeskSection } from './desk-section';

/** This year's IMU: each instalment with its amount and, while it is still due, its F24 to download. */
export function PaymentsDesk({
  payments,
  toPay,
  t,
  locale,
}: {
  payments: PersonalAreaSummary['payments'];
  toPay: number;
  t: Dictionary;
  locale: Locale;
}) {
  const s = t.personalArea.sections.payments;
  return (
    <DeskSection
      id="pagamenti"
      icon="card"
      title={s.title}
      description={s.description}
      count={formatMessage(s.count, { count: String(toPay) })}
      more={{ href: f24Routes.imu, label: s.all }}
    >
      <h3 className="h6">{formatMessage(s.year, { year: String(payments.year) })}</h3>
      {payments.available ? (
        <>
          <p className="small mb-1">{formatMessage(s.properties, { count: String(payments.properties) })}</p>
          <ul className="mb-0 ps-3">
            {payments.instalments.map((instalment) => {
              const name = t.f24.instalments[instalment.instalment] ?? instalment.instalment;
              return (
                <li key={instalment.instalment} className="mb-1">
                  {instalment.pdf
                    ? formatMessage(s.instalment, {
                        instalment: name,
                        amount: formatEuro(instalment.total, locale),
                        date: formatIsoDate(instalment.dueDate, locale),
                      })
                    : `${name}: ${s.nothingDue}`}
                  {instalment.pdf && !instalment.past && (
                    <>
                      <br />
                      <a href={instalment.pdf}>
                        {formatMessage(s.downloadF24, { instalment: name.toLowerCase() })}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mb-0">{s.unavailable}</p>
      )}
    </DeskSection>
  );
}
