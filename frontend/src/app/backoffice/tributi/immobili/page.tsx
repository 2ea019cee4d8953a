import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../components/f24/office-forbidden';
import type { Dictionary } from '../../../../i18n/dictionary';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import type { Locale } from '../../../../i18n/locale';
import { ApiError } from '../../../../lib/api/api-error';
import { getPropertiesByOwner, type TaxedProperty } from '../../../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../lib/f24/taxes-office';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.properties.title };
}

async function search(owner: string): Promise<TaxedProperty[] | { refused: string }> {
  try {
    return await getPropertiesByOwner(owner);
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) return { refused: error.problem.detail };
    throw error;
  }
}

/** Properties by owner: a GET search (the address can be shared), then each property with all its owners. */
export default async function PropertiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const owner = typeof params.proprietario === 'string' ? params.proprietario.trim().toUpperCase() : '';
  const [{ locale, t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.properties)]);
  const p = t.f24.office.properties;
  if (!allowed) return <OfficeForbidden title={p.title} text={t.f24.office.forbidden} />;
  const found = owner ? await search(owner) : null;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{p.title}</h1>
      {params.registrato === '1' && (
        <div className="alert alert-success" role="status">
          {t.f24.office.newProperty.saved}
        </div>
      )}
      <form
        method="get"
        action={f24Routes.properties}
        className="d-flex flex-wrap align-items-end gap-2 mt-5"
      >
        <div className="form-group mb-0 flex-grow-1">
          <label htmlFor="proprietario" className="active">
            {p.searchLabel}
          </label>
          <input
            id="proprietario"
            name="proprietario"
            defaultValue={owner}
            className="form-control text-uppercase"
            autoComplete="off"
            maxLength={16}
            required
          />
        </div>
        <button type="submit" className="btn btn-primary">
          {p.search}
        </button>
        <Link className="btn btn-outline-primary" href={f24Routes.newProperty}>
          {p.newProperty}
        </Link>
      </form>

      {found && 'refused' in found && (
        <div className="alert alert-danger mt-4" role="alert">
          {found.refused}
        </div>
      )}
      {found && !('refused' in found) && (
        <section className="mt-5" aria-labelledby="results-title">
          <h2 id="results-title" className="h4">
            {formatMessage(p.resultsTitle, { fiscalCode: owner })}
          </h2>
          {found.length === 0 ? (
            <p className="portal-empty">{p.none}</p>
          ) : (
            <ul className="list-unstyled row g-4">
              {found.map((property) => (
                <li key={property.id} className="col-12 col-lg-6">
                  <PropertyDetails property={property} locale={locale} t={t.f24} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}

function PropertyDetails({
  property,
  locale,
  t,
}: {
  property: TaxedProperty;
  locale: Locale;
  t: Dictionary['f24'];
}) {
  const p = t.office.properties;
  const reference = [
    formatMessage(t.imu.reference, { foglio: property.foglio, particella: property.particella }),
    property.subalterno ? formatMessage(t.imu.subalterno, { subalterno: property.subalterno }) : null,
    property.cadastralCategory
      ? formatMessage(t.imu.category, { category: property.cadastralCategory })
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  const value = property.cadastralIncome
    ? `${p.income} ${formatEuro(property.cadastralIncome, locale)}`
    : property.dominicalIncome
      ? `${p.dominicalIncome} ${formatEuro(property.dominicalIncome, locale)}`
      : property.marketValue
        ? `${p.marketValue} ${formatEuro(property.marketValue, locale)}`
        : null;
  return (
    <article className="card card-bg rounded h-100 no-after">
      <div className="card-body">
        <h3 className="card-title h5 mb-1">{property.address ?? t.kinds[property.kind]}</h3>
        <p className="small mb-2">
          {t.kinds[property.kind]} · {reference}
          {value && (
            <>
              <br />
              {value}
            </>
          )}
          {property.ruralInstrumental && (
            <>
              <br />
              {p.ruralInstrumental}
            </>
          )}
        </p>
        {property.reductions.length > 0 && (
          <p className="small mb-2">
            {p.reductions}:{' '}
            {property.reductions.map((reduction) => p.reductionKinds[reduction.kind]).join(', ')}
          </p>
        )}
        <h4 className="h6 mb-1">{p.owners}</h4>
        <ul className="small mb-0">
          {property.owners.map((owner) => (
            <li key={`${owner.fiscalCode}-${owner.from}`}>
              {owner.fiscalCode}, {formatMessage(p.share, { share: owner.sharePercent })},{' '}
              {formatMessage(p.period, { from: formatIsoDate(owner.from, locale) })}
              {owner.to && ` ${formatMessage(p.periodTo, { to: formatIsoDate(owner.to, locale) })}`}
              {owner.mainResidence && `, ${p.mainResidence}`}
              {owner.professionalFarmer && `, ${p.professionalFarmer}`}
              {owner.heldForSaleByBuilder && `, ${p.heldForSale}`}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
