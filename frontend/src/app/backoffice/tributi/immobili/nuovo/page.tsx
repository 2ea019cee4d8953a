import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../../components/f24/office-forbidden';
import { OfficeForm } from '../../../../../components/f24/office-form';
import { TextField } from '../../../../../components/f24/text-field';
import { formatMessage } from '../../../../../i18n/format-message';
import { getI18n } from '../../../../../i18n/get-i18n';
import { f24Routes } from '../../../../../lib/f24/f24-routes';
import { OWNER_ROWS } from '../../../../../lib/f24/office-forms';
import { taxesOfficeUser } from '../../../../../lib/f24/taxes-office';
import { createPropertyAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.newProperty.title };
}

/** A new property with its owners, or new owners of a registered one; every check is the backend's. */
export default async function NewPropertyPage() {
  const [{ t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.newProperty)]);
  const n = t.f24.office.newProperty;
  if (!allowed) return <OfficeForbidden title={n.title} text={t.f24.office.forbidden} />;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{n.title}</h1>
      <p className="lead">{n.lead}</p>
      <OfficeForm
        action={createPropertyAction}
        labels={{ submit: n.save, pending: n.saving, refused: n.refused, field: t.f24.office.field }}
      >
        <fieldset>
          <legend className="h5">{n.dataLegend}</legend>
          <div className="row">
            <div className="col-12 col-md-6 form-group mb-2">
              <label htmlFor="field-kind" className="active">
                {n.kind}
              </label>
              <select id="field-kind" name="kind" className="form-select" defaultValue="building">
                <option value="building">{t.f24.kinds.building}</option>
                <option value="land">{t.f24.kinds.land}</option>
                <option value="buildingLand">{t.f24.kinds.buildingLand}</option>
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
            <TextField
              name="marketValue"
              label={n.marketValue}
              inputMode="decimal"
              className="col-12 col-md-4"
            />
            <TextField name="foglio" label={n.foglio} required className="col-4 col-md-2" />
            <TextField name="particella" label={n.particella} required className="col-4 col-md-2" />
            <TextField name="subalterno" label={n.subalterno} className="col-4 col-md-2" />
            <TextField name="address" label={n.address} className="col-12 col-md-6" />
          </div>
          <div className="form-check">
            <input
              className="form-check-input"
              type="checkbox"
              id="ruralInstrumental"
              name="ruralInstrumental"
            />
            <label className="form-check-label" htmlFor="ruralInstrumental">
              {n.ruralInstrumental}
            </label>
          </div>
        </fieldset>

        {OWNER_ROWS.map((row, index) => (
          <fieldset className="mt-4" key={row} aria-describedby={index === 0 ? undefined : 'owners-hint'}>
            <legend className="h5">{formatMessage(n.ownersLegend, { number: String(index + 1) })}</legend>
            {index === 1 && (
              <p id="owners-hint" className="small">
                {n.ownersHint}
              </p>
            )}
            <div className="row">
              <TextField
                name={`${row}FiscalCode`}
                label={n.fiscalCode}
                required={index === 0}
                className="col-12 col-md-4"
              />
              <TextField
                name={`${row}Share`}
                label={n.share}
                inputMode="decimal"
                required={index === 0}
                className="col-12 col-md-2"
              />
              <TextField
                name={`${row}From`}
                label={n.from}
                type="date"
                required={index === 0}
                className="col-6 col-md-3"
              />
              <TextField name={`${row}To`} label={n.to} type="date" className="col-6 col-md-3" />
            </div>
            <div className="form-check">
              <input
                className="form-check-input"
                type="checkbox"
                id={`${row}MainResidence`}
                name={`${row}MainResidence`}
              />
              <label className="form-check-label" htmlFor={`${row}MainResidence`}>
                {n.mainResidence}
              </label>
            </div>
            <div className="form-check">
              <input
                className="form-check-input"
                type="checkbox"
                id={`${row}ProfessionalFarmer`}
                name={`${row}ProfessionalFarmer`}
              />
              <label className="form-check-label" htmlFor={`${row}ProfessionalFarmer`}>
                {n.professionalFarmer}
              </label>
            </div>
            <div className="form-check">
              <input
                className="form-check-input"
                type="checkbox"
                id={`${row}HeldForSale`}
                name={`${row}HeldForSale`}
              />
              <label className="form-check-label" htmlFor={`${row}HeldForSale`}>
                {n.heldForSale}
              </label>
            </div>
          </fieldset>
        ))}

        <fieldset className="mt-4">
          <legend className="h5">{n.reductionsLegend}</legend>
          {(
            [
              ['historic', n.historic],
              ['agreedRent', n.agreedRent],
              ['freeLoanToRelative', n.freeLoan],
            ] as const
          ).map(([name, label]) => (
            <div className="form-check" key={name}>
              <input className="form-check-input" type="checkbox" id={name} name={name} />
              <label className="form-check-label" htmlFor={name}>
                {label}
              </label>
            </div>
          ))}
          <div className="row mt-2">
            <TextField
              name="uninhabitableFrom"
              label={n.uninhabitable}
              type="date"
              className="col-6 col-md-3"
            />
            <TextField
              name="uninhabitableTo"
              label={n.uninhabitableTo}
              type="date"
              className="col-6 col-md-3"
            />
          </div>
        </fieldset>
      </OfficeForm>
      <p className="mt-4">
        <Link href={f24Routes.properties}>{t.f24.office.properties.title}</Link>
      </p>
    </div>
  );
}
