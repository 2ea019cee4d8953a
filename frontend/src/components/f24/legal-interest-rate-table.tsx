import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { LegalInterestRate } from '../../lib/api/f24';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { ScrollableTable } from './scrollable-table';

/** The legal interest rate of every year with its decree, who changed it last, and a link to correct it. */
export function LegalInterestRateTable({
  years,
  t,
  locale,
}: {
  years: LegalInterestRate[];
  t: Dictionary['f24']['office']['legalRates'];
  locale: Locale;
}) {
  if (years.length === 0) return <p className="portal-empty">{t.empty}</p>;
  return (
    <ScrollableTable label={t.listTitle}>
      <table className="table table-sm align-middle">
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col" className="text-end text-nowrap">
              {t.rate}
            </th>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.updated}</th>
            <th scope="col">
              <span className="visually-hidden">{t.edit}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="text-end text-nowrap">{row.ratePercent}</td>
              <td>{row.source}</td>
              <td className="small">
                {row.updatedBy
                  ? formatMessage(t.updatedBy, {
                      date: formatIsoDate(row.updatedAt.slice(0, 10), locale),
                      fiscalCode: row.updatedBy,
                    })
                  : t.initialData}
              </td>
              <td>
                <Link
                  href={`${f24Routes.legalInterestRates}?${new URLSearchParams({ anno: String(row.year) })}#form-title`}
                  aria-label={formatMessage(t.editLabel, { year: String(row.year) })}
                >
                  {t.edit}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
