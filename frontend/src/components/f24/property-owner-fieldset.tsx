import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { OWNER_ROWS } from '../../lib/f24/office-forms';
import { CheckField } from './check-field';
import { TextField } from './text-field';

/**
 * One owner row of the new-property form. Only the first owner is required; the hint shown once in the second
 * row ("only the rows you need") describes every row after the first.
 */
export function PropertyOwnerFieldset({
  row,
  index,
  t,
}: {
  row: (typeof OWNER_ROWS)[number];
  index: number;
  t: Dictionary['f24']['office']['newProperty'];
}) {
  const first = index === 0;
  return (
    <fieldset className="mt-4" aria-describedby={first ? undefined : 'owners-hint'}>
      <legend className="h5">{formatMessage(t.ownersLegend, { number: String(index + 1) })}</legend>
      {index === 1 && (
        <p id="owners-hint" className="small">
          {t.ownersHint}
        </p>
      )}
      <div className="row">
        <TextField
          name={`${row}FiscalCode`}
          label={t.fiscalCode}
          required={first}
          className="col-12 col-md-4"
        />
        <TextField
          name={`${row}Share`}
          label={t.share}
          inputMode="decimal"
          required={first}
          className="col-12 col-md-2"
        />
        <TextField
          name={`${row}From`}
          label={t.from}
          type="date"
          required={first}
          className="col-6 col-md-3"
        />
        <TextField name={`${row}To`} label={t.to} type="date" className="col-6 col-md-3" />
      </div>
      <CheckField name={`${row}MainResidence`} label={t.mainResidence} />
      <CheckField name={`${row}ProfessionalFarmer`} label={t.professionalFarmer} />
      <CheckField name={`${row}HeldForSale`} label={t.heldForSale} />
    </fieldset>
  );
}
