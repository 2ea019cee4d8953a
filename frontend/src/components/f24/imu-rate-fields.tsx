import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { ImuRateCategory, ImuRates } from '../../lib/api/f24';
import { CheckField } from './check-field';
import { TextField } from './text-field';

/** The fields of a year's IMU rates, prefilled with the latest year's values; the year proposed is the next. */
export function ImuRateFields({
  latest,
  categories,
  t,
  locale,
}: {
  latest: ImuRates | undefined;
  categories: ImuRateCategory[];
  t: Dictionary['f24']['office']['rates'];
  locale: Locale;
}) {
  return (
    <>
      <div className="row">
        <TextField
          name="year"
          label={t.year}
          type="number"
          inputMode="numeric"
          defaultValue={String(latest ? latest.year + 1 : new Date().getFullYear())}
          required
          className="col-12 col-md-3"
        />
        <TextField name="label" label={t.label} hint={t.labelHint} className="col-12 col-md-9" />
        {categories.map((category) => (
          <TextField
            key={category.key}
            name={category.key}
            label={formatMessage(t.rate, { label: category.label[locale] })}
            inputMode="decimal"
            defaultValue={latest?.rates[category.key]}
            required
            className="col-12 col-md-4"
          />
        ))}
        <TextField
          name="mainResidenceDeduction"
          label={t.deduction}
          inputMode="decimal"
          defaultValue={latest?.mainResidenceDeduction ?? '200.00'}
          required
          className="col-12 col-md-4"
        />
        <TextField
          name="minimumAmount"
          label={t.minimum}
          inputMode="decimal"
          defaultValue={latest?.minimumAmount ?? '12.00'}
          required
          className="col-12 col-md-4"
        />
      </div>
      <CheckField
        name="formerTasiSurcharge"
        label={t.formerTasi}
        defaultChecked={latest?.formerTasiSurcharge}
        className="form-check mt-2"
      />
    </>
  );
}
