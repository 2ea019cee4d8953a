import type { Dictionary } from '../../i18n/dictionary';
import { registryRoutes } from '../../lib/registry/registry-routes';

/**
 * Why the clerk opens this record, asked before it is read: a plain GET form, so the purpose travels in the
 * address to the backend, which writes it to the person's access log.
 */
export function RecordPurposeForm({
  personId,
  purpose,
  t,
}: {
  personId: string;
  purpose: string;
  t: Dictionary['registry']['office']['record'];
}) {
  return (
    <form
      method="get"
      action={registryRoutes.officePerson(personId)}
      aria-labelledby="purpose-title"
      className="portal-prose"
    >
      <h2 id="purpose-title" className="h4">
        {t.purposeTitle}
      </h2>
      <p id="purpose-help">{t.purposeText}</p>
      <label className="form-label d-block" htmlFor="record-purpose">
        {t.purposeLabel}
      </label>
      <input
        id="record-purpose"
        name="motivo"
        className="form-control"
        minLength={5}
        maxLength={256}
        required
        defaultValue={purpose}
        aria-describedby="purpose-help"
      />
      <button type="submit" className="btn btn-primary mt-3">
        {t.purposeSubmit}
      </button>
    </form>
  );
}
