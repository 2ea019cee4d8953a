import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Problem } from '../../lib/api/api-error';
import { CORRECTION_FIELDS } from '../../lib/registry/correction-fields';
import { controlClass } from './correction-problem';

/** Someone the resident may ask a correction for: themselves or a member of their household. */
export interface CorrectionSubject {
  personId: string;
  name: string;
  isYou: boolean;
}

/** Whom the correction is about (the resident or someone of the household) and which datum. */
export function CorrectionTargetFields({
  subjects,
  problem,
  t,
}: {
  subjects: CorrectionSubject[];
  problem: Problem | null;
  t: Dictionary['registry']['corrections'];
}) {
  return (
    <>
      <div className="col-12 col-md-6">
        <label className="form-label d-block" htmlFor="correction-person">
          {t.subject}
        </label>
        <select
          id="correction-person"
          name="personId"
          className={controlClass(problem, 'personId', 'form-select')}
        >
          {subjects.map((subject) => (
            <option key={subject.personId} value={subject.personId}>
              {subject.isYou ? formatMessage(t.subjectSelf, { name: subject.name }) : subject.name}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-6">
        <label className="form-label d-block" htmlFor="correction-field">
          {t.field}
        </label>
        <select
          id="correction-field"
          name="field"
          className={controlClass(problem, 'field', 'form-select')}
          required
        >
          {CORRECTION_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t.fields[field]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
