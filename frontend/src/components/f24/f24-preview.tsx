import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { InstalmentLine, InstalmentName } from '../../lib/api/f24';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { ScrollableTable } from './scrollable-table';

/**
 * The "motivo del pagamento" of the F24 semplificato as an accessible table: the same columns as the
 * printed form, so the resident sees what the bank clerk will read.
 */
export function F24Preview({
  lines,
  total,
  year,
  instalment,
  entityCode,
  locale,
  t,
}: {
  lines: InstalmentLine[];
  total: string;
  year: number;
  instalment: InstalmentName;
  entityCode: string;
  locale: Locale;
  t: Dictionary['f24']['form'];
}) {
  const flags = instalment === 'acconto' ? 'X / –' : instalment === 'saldo' ? '– / X' : 'X / X';
  return (
    <ScrollableTable label={t.caption}>
      <table className="table table-sm align-middle">
        <caption className="caption-top">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.section}</th>
            <th scope="col">{t.taxCode}</th>
            <th scope="col">{t.entityCode}</th>
            <th scope="col">{t.flags}</th>
            <th scope="col">{t.properties}</th>
            <th scope="col">{t.year}</th>
            <th scope="col" className="text-end text-nowrap">
              {t.deduction}
            </th>
            <th scope="col" className="text-end text-nowrap">
              {t.debit}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.taxCode}>
              <td>EL</td>
              <td>{line.taxCode}</td>
              <td>{entityCode}</td>
              <td>{flags}</td>
              <td>{line.propertiesCount ?? ''}</td>
              <td>{year}</td>
              <td className="text-end text-nowrap">
                {line.deduction === '0.00' ? '' : formatEuro(line.deduction, locale)}
              </td>
              <td className="text-end text-nowrap">{formatEuro(line.amount, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={7} className="text-end text-nowrap">
              {t.balance}
            </th>
            <td className="text-end text-nowrap fw-semibold">{formatEuro(total, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollableTable>
  );
}
