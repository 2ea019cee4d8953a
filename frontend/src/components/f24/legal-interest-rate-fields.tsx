import type { Dictionary } from '../../i18n/dictionary';
import type { LegalInterestRate } from '../../lib/api/f24';
import { TextField } from './text-field';

/** A year's legal interest rate and its decree; `editing` prefills a correction of a year already entered. */
export function LegalInterestRateFields({
  year,
  editing,
  t,
}: {
  year: number;
  editing: LegalInterestRate | undefined;
  t: Dictionary['f24']['office']['legalRates'];
}) {
  return (
    <div className="row">
      <TextField
        name="year"
        label={t.year}
        type="number"
        inputMode="numeric"
        defaultValue={String(year)}
        required
        className="col-12 col-md-3"
      />
      <TextField
        name="ratePercent"
        label={t.rate}
        hint={t.rateHint}
        inputMode="decimal"
        defaultValue={editing?.ratePercent}
        required
        className="col-12 col-md-3"
      />
      <TextField
        name="source"
        label={t.source}
        hint={t.sourceHint}
        defaultValue={editing?.source}
        required
        className="col-12 col-md-6"
      />
    </div>
  );
}
