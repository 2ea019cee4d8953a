import type { Dictionary } from '../../i18n/dictionary';
import type { Problem } from '../../lib/api/api-error';
import { controlClass, refusedField } from './correction-problem';

/** What the datum says, what it should say, why, and an optional supporting document. */
export function CorrectionChangeFields({
  problem,
  t,
}: {
  problem: Problem | null;
  t: Dictionary['registry']['corrections'];
}) {
  const invalid = (field: string) => refusedField(problem, field) || undefined;
  return (
    <>
      <div className="col-12 col-md-6">
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
