import type { Dictionary } from '../../i18n/dictionary';
import type { TransitionBinding } from './transition-input';

/** The note sent to the applicant by e-mail and the internal one the applicant never sees. */
export function TransitionNotes({
  bind,
  f,
}: {
  bind: TransitionBinding;
  f: Dictionary['permits']['transition'];
}) {
  return (
    <>
      <div className="mb-3">
        <label className="form-label d-block" htmlFor="transition-publicNote">
          {f.publicNote}
        </label>
        <textarea
          id="transition-publicNote"
          className={bind.invalid('publicNote') ? 'form-control is-invalid' : 'form-control'}
          rows={3}
          maxLength={4000}
          value={bind.values.publicNote}
          onChange={bind.set('publicNote')}
        />
      </div>
      <div className="mb-3">
        <label className="form-label d-block" htmlFor="transition-internalNote">
          {f.internalNote}
        </label>
        <textarea
          id="transition-internalNote"
          className="form-control"
          rows={2}
          maxLength={4000}
          value={bind.values.internalNote}
          onChange={bind.set('internalNote')}
        />
      </div>
    </>
  );
}
