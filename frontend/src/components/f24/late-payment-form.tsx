import type { Dictionary } from '../../i18n/dictionary';
import type { InstalmentName } from '../../lib/api/f24';
import { f24Routes } from '../../lib/f24/f24-routes';

/** Year, day of payment and instalment, sent as a GET so the result has its own address. */
export function LatePaymentForm({
  year,
  paymentDate,
  instalment,
  instalments,
  t,
}: {
  year: number;
  paymentDate: string;
  instalment: InstalmentName;
  instalments: InstalmentName[];
  t: Dictionary['f24'];
}) {
  return (
    <form method="get" action={f24Routes.latePayment} className="mt-5">
      <div className="row g-3">
        <div className="col-12 col-sm-4 col-lg-2 form-group">
          <label htmlFor="anno" className="active">
            {t.latePayment.yearLabel}
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
            {t.latePayment.paymentDateLabel}
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
            {t.latePayment.paymentDateHint}
          </small>
        </div>
      </div>
      <fieldset className="mt-2">
        <legend className="h6">{t.latePayment.instalmentLegend}</legend>
        {instalments.map((name) => (
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
              {t.instalments[name]}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary mt-3">
        {t.latePayment.submit}
      </button>
    </form>
  );
}
