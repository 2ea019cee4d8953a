import type { Dictionary } from '../../i18n/dictionary';
import type { FeeTariff } from '../../lib/api/payments';

/**
 * One fieldset per practice type (the types come from the shared catalogue of labels), prefilled with the
 * tariff the office saved: a list rather than a table, so that it fits a 360 px screen.
 */
export function FeeTariffFields({
  tariffs,
  types,
  t,
}: {
  tariffs: FeeTariff[];
  types: Record<string, string>;
  t: Dictionary['payments']['tariffs'];
}) {
  const byType = new Map(tariffs.map((tariff) => [tariff.practiceType, tariff]));
  return (
    <div className="row g-3">
      {Object.entries(types).map(([type, label], index) => {
        const tariff = byType.get(type);
        return (
          <fieldset key={type} className="col-12 col-lg-6">
            <legend className="h6 text-break">{label}</legend>
            <input type="hidden" name={`tipo.${index}`} value={type} />
            <div className="form-group mb-2">
              <label htmlFor={`importo-${type}`} className="active">
                {t.amount}
              </label>
              <input
                id={`importo-${type}`}
                name={`importo.${index}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                className="form-control"
                defaultValue={tariff?.amount ?? ''}
                aria-describedby="tariff-amount-hint"
              />
            </div>
            <div className="form-group mb-2">
              <label htmlFor={`descrizione-${type}`} className="active">
                {t.description}
              </label>
              <input
                id={`descrizione-${type}`}
                name={`descrizione.${index}`}
                type="text"
                className="form-control"
                maxLength={140}
                defaultValue={tariff?.description ?? ''}
              />
            </div>
            <div className="form-group mb-0 mt-2">
              <label htmlFor={`fonte-${type}`} className="active">
                {t.source}
              </label>
              <input
                id={`fonte-${type}`}
                name={`fonte.${index}`}
                type="text"
                className="form-control"
                maxLength={300}
                defaultValue={tariff?.source ?? ''}
              />
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
