import type { Dictionary } from '../../i18n/dictionary';
import { CheckField } from './check-field';
import { TextField } from './text-field';

/** The reductions of the IMU base: historic building, agreed rent, free loan to a relative, uninhabitable period. */
export function PropertyReductionsFieldset({ t }: { t: Dictionary['f24']['office']['newProperty'] }) {
  return (
    <fieldset className="mt-4">
      <legend className="h5">{t.reductionsLegend}</legend>
      <CheckField name="historic" label={t.historic} />
      <CheckField name="agreedRent" label={t.agreedRent} />
      <CheckField name="freeLoanToRelative" label={t.freeLoan} />
      <div className="row mt-2">
        <TextField name="uninhabitableFrom" label={t.uninhabitable} type="date" className="col-6 col-md-3" />
        <TextField name="uninhabitableTo" label={t.uninhabitableTo} type="date" className="col-6 col-md-3" />
      </div>
    </fieldset>
  );
}
