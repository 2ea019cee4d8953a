import type { Dictionary } from '../../i18n/dictionary';
import { CheckField } from './check-field';
import { TextField } from './text-field';

/** The property itself: kind, cadastral data and values, references, address. */
export function PropertyDataFieldset({ t }: { t: Dictionary['f24'] }) {
  const n = t.office.newProperty;
  return (
    <fieldset>
      <legend className="h5">{n.dataLegend}</legend>
      <div className="row">
        <div className="col-12 col-md-6 form-group mb-2">
          <label htmlFor="field-kind" className="active">
            {n.kind}
          </label>
          <select id="field-kind" name="kind" className="form-select" defaultValue="building">
            <option value="building">{t.kinds.building}</option>
            <option value="land">{t.kinds.land}</option>
            <option value="buildingLand">{t.kinds.buildingLand}</option>
          </select>
        </div>
        <TextField name="cadastralCategory" label={n.category} hint={n.categoryHint} />
        <TextField
          name="cadastralIncome"
          label={n.income}
          hint={n.amountHint}
          inputMode="decimal"
          className="col-12 col-md-4"
        />
        <TextField
          name="dominicalIncome"
          label={n.dominicalIncome}
          inputMode="decimal"
          className="col-12 col-md-4"
        />
        <TextField name="marketValue" label={n.marketValue} inputMode="decimal" className="col-12 col-md-4" />
        <TextField name="foglio" label={n.foglio} required className="col-4 col-md-2" />
        <TextField name="particella" label={n.particella} required className="col-4 col-md-2" />
        <TextField name="subalterno" label={n.subalterno} className="col-4 col-md-2" />
        <TextField name="address" label={n.address} className="col-12 col-md-6" />
      </div>
      <CheckField name="ruralInstrumental" label={n.ruralInstrumental} />
    </fieldset>
  );
}
