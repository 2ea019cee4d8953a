import type { Dictionary } from '../../i18n/dictionary';
import type { CorrectionState } from '../../lib/api/registry';
import { registryRoutes } from '../../lib/registry/registry-routes';

/** Which requests the queue shows (open by default): a GET form, so the choice stays in the address. */
export function CorrectionQueueFilter({
  state,
  states,
  t,
}: {
  state: CorrectionState | 'all';
  states: readonly (CorrectionState | 'all')[];
  t: Dictionary['registry']['office']['queue'];
}) {
  return (
    <form method="get" action={registryRoutes.officeCorrections} className="row g-3 align-items-end mb-4">
      <div className="col-12 col-md-4">
        <label className="form-label d-block" htmlFor="queue-state">
          {t.filter}
        </label>
        <select id="queue-state" name="stato" className="form-select" defaultValue={state}>
          {states.map((candidate) => (
            <option value={candidate} key={candidate}>
              {t.states[candidate]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-2">
        <button type="submit" className="btn btn-outline-primary w-100">
          {t.show}
        </button>
      </div>
    </form>
  );
}
