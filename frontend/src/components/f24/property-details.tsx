import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { TaxedProperty } from '../../lib/api/f24';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';

/** One property with its cadastral data, value, reductions and every owner with share and period. */
export function PropertyDetails({
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
