import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { f24Routes } from '../../lib/f24/f24-routes';

/**
 * The taxes office's reminder that a legal interest rate is missing (next year's from 1 December): until
 * it is entered, every ravvedimento reaching that year is refused.
 */
export function LegalInterestRateWarning({ year, t }: { year: number | null | undefined; t: Dictionary }) {
  if (year === null || year === undefined) return null;
  const l = t.f24.office.legalRates;
  const values = { year: String(year) };
  return (
    <div className="alert alert-warning" role="alert">
      <p className="mb-1">{formatMessage(l.missing, values)}</p>
      <Link
        href={`${f24Routes.legalInterestRates}?${new URLSearchParams({ anno: String(year) })}#form-title`}
      >
        {formatMessage(l.missingLink, values)}
      </Link>
    </div>
  );
}
