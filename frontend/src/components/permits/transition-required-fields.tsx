import type { Dictionary } from '../../i18n/dictionary';
import type { TransitionField } from '../../lib/api/permits';
import { type TransitionBinding, TransitionInput } from './transition-input';

/** Only the fields the chosen move requires: a case officer, a due date, the documents asked, a decision. */
export function TransitionRequiredFields({
  bind,
  needs,
  f,
}: {
  bind: TransitionBinding;
  needs: (field: TransitionField) => boolean;
  f: Dictionary['permits']['transition'];
}) {
  return (
    <>
      {needs('caseOfficer') && (
        <TransitionInput bind={bind} name="caseOfficerFiscalCode" label={f.caseOfficer} />
      )}
      {needs('dueDate') && <TransitionInput bind={bind} name="dueDate" label={f.dueDate} type="date" />}
      {needs('requestedDocuments') && (
        <div className="mb-3">
          <label className="form-label d-block" htmlFor="transition-requestedDocuments">
            {f.requestedDocuments}
          </label>
          <textarea
            id="transition-requestedDocuments"
            className={bind.invalid('requestedDocuments') ? 'form-control is-invalid' : 'form-control'}
            rows={3}
            value={bind.values.requestedDocuments}
            onChange={bind.set('requestedDocuments')}
          />
        </div>
      )}
      {needs('decision') && (
        <div className="row">
          <div className="col-md-6">
            <TransitionInput bind={bind} name="decisionNumber" label={f.decisionNumber} />
          </div>
          <div className="col-md-6">
            <TransitionInput bind={bind} name="decisionDate" label={f.decisionDate} type="date" />
          </div>
        </div>
      )}
    </>
  );
}
