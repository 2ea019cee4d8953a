import type { Dictionary } from '../../i18n/dictionary';
import type { Problem } from '../../lib/api/api-error';
import type { CorrectionField } from '../../lib/registry/correction-fields';
import { controlClass, refusedField } from './correction-problem';

/** Data the registry does not show as one value: only for these the resident says what is recorded now. */
const DESCRIBED_BY_RESIDENT: readonly CorrectionField[] = ['household', 'other'];

/**
 * What the datum should say, why, and an optional supporting document. What it says now is the registry's own
 * value, recorded by the backend ("once only"); the resident writes it only for a datum the registry does not
 * show (or when the backend asks for it).
 */
export function CorrectionChangeFields({
  field,
  problem,
  t,
}: {
  field: CorrectionField;
  problem: Problem | null;
  t: Dictionary['registry']['corrections'];
}) {
  const invalid = (name: string) => refusedField(problem, name) || undefined;
  const typed = DESCRIBED_BY_RESIDENT.includes(field) || refusedField(problem, 'currentValue');
  return (
    <>
      <div className="col-12 col-md-6">
        {typed ? (
          <>
            <label className="form-label d-block" htmlFor="correction-current">
              {t.currentValue}
            </label>
            <input
              id="correction-current"
              name="currentValue"
              className={controlClass(problem, 'currentValue')}
              maxLength={200}
              required
              aria-invalid={invalid('currentValue')}
            />
          </>
        ) : (
          <p className="form-text mt-4" id="correction-current-note">
            {t.currentValueFromRegistry}
          </p>
        )}
      </div>
      <div className="col-12 col-md-6">
        <label className="form-label d-block" htmlFor="correction-requested">
          {t.requestedValue}
        </label>
        <input
          id="correction-requested"
          name="requestedValue"
          className={controlClass(problem, 'requestedValue')}
          maxLength={200}
          required
          aria-invalid={invalid('requestedValue')}
        />
      </div>
      <div className="col-12">
        <label className="form-label d-block" htmlFor="correction-reason">
          {t.reason}
        </label>
        <textarea
          id="correction-reason"
          name="reason"
          className={controlClass(problem, 'reason')}
          rows={4}
          minLength={10}
          maxLength={2000}
          required
          aria-describedby="correction-reason-help"
          aria-invalid={invalid('reason')}
        />
        <p id="correction-reason-help" className="form-text">
          {t.reasonHelp}
        </p>
      </div>
      <div className="col-12">
        <label className="form-label d-block" htmlFor="correction-attachment">
          {t.attachment}
        </label>
        <input
          id="correction-attachment"
          name="attachment"
          type="file"
          className={controlClass(problem, 'attachment')}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby="correction-attachment-help"
          aria-invalid={invalid('attachment')}
        />
        <p id="correction-attachment-help" className="form-text">
          {t.attachmentHelp}
        </p>
      </div>
    </>
  );
}
