import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ImuRateCategory, ImuRates } from '../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { ScrollableTable } from './scrollable-table';

/** The IMU rates of every year, one column per category of the backend's catalogue. */
export function ImuRateYearsTable({
  years,
  categories,
  t,
  locale,
}: {
  years: ImuRates[];
  categories: ImuRateCategory[];
  t: Dictionary['f24']['office']['rates'];
  locale: Locale;
}) {
  if (years.length === 0) return <p className="portal-empty">{t.empty}</p>;
  return (
    <ScrollableTable label={t.listTitle}>
      <table className="table table-sm align-middle">
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col">{t.label}</th>
            {categories.map((category) => (
              <th scope="col" key={category.key} className="text-end text-nowrap">
                {formatMessage(t.rate, { label: category.label[locale] })}
              </th>
            ))}
            <th scope="col" className="text-end text-nowrap">
              {t.deduction}
            </th>
            <th scope="col" className="text-end text-nowrap">
              {t.minimum}
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td>
                {year.label}
                <br />
                <span className="small text-secondary">
                  {formatMessage(t.updatedAt, { date: formatIsoDate(year.updatedAt.slice(0, 10), locale) })}
                </span>
              </td>
              {categories.map((category) => (
                <td key={category.key} className="text-end text-nowrap">
                  {year.rates[category.key]}
                </td>
              ))}
              <td className="text-end text-nowrap">{formatEuro(year.mainResidenceDeduction, locale)}</td>
              <td className="text-end text-nowrap">{formatEuro(year.minimumAmount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
