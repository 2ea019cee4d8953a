import type { Dictionary } from '../../i18n/dictionary';

/** Accept (the default) or reject a correction request; `id` keeps the inputs unique when a page lists many. */
export function CorrectionOutcomeFieldset({
  id,
  t,
}: {
  id: string;
  t: Dictionary['registry']['office']['queue'];
}) {
  return (
    <fieldset className="mb-2">
      <legend className="form-label fs-6 fw-semibold">{t.outcome}</legend>
      <div className="form-check form-check-inline">
        <input
          className="form-check-input"
          type="radio"
          name="outcome"
          id={`${id}-accepted`}
          value="accepted"
          defaultChecked
        />
        <label className="form-check-label" htmlFor={`${id}-accepted`}>
          {t.accepted}
        </label>
      </div>
      <div className="form-check form-check-inline">
        <input
          className="form-check-input"
          type="radio"
          name="outcome"
          id={`${id}-rejected`}
          value="rejected"
        />
        <label className="form-check-label" htmlFor={`${id}-rejected`}>
          {t.rejected}
        </label>
      </div>
    </fieldset>
  );
}
