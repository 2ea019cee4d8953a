'use client';

import { useActionState } from 'react';
import { PracticePartyFieldset } from '../../../../components/permits/practice-party-fieldset';
import { PracticePropertyFieldset } from '../../../../components/permits/practice-property-fieldset';
import { PracticeProtocolFieldset } from '../../../../components/permits/practice-protocol-fieldset';
import type { Dictionary } from '../../../../i18n/dictionary';
import { type RegisterPracticeState, registerPracticeAction } from './actions';

type Texts = Dictionary['personalArea']['newPractice'];

/** The permits office's form to register a practice filed at the protocol; refusals name the field. */
export function RegisterPracticeForm({
  t,
  practiceTypes,
  today,
}: {
  t: Texts;
  practiceTypes: Record<string, string>;
  today: string;
}) {
  const [state, action, pending] = useActionState<RegisterPracticeState, FormData>(registerPracticeAction, {
    values: {},
  });
  const answer = { values: state.values, field: state.field, today };

  // Remounting on each answer puts the submitted values back after React resets the form.
  return (
    <form action={action} key={JSON.stringify(state)}>
      <p className="small">{t.required}</p>
      {state.error && (
        <div id="practice-error" className="alert alert-danger" role="alert">
          <p className="fw-semibold mb-1">{t.errorTitle}</p>
          <p className="mb-0">{state.error}</p>
        </div>
      )}
      <PracticeProtocolFieldset answer={answer} t={t} practiceTypes={practiceTypes} />
      <PracticePropertyFieldset answer={answer} t={t} />
      <PracticePartyFieldset answer={answer} t={t} legend={t.applicantLegend} prefix="applicant" required />
      <PracticePartyFieldset
        answer={answer}
        t={t}
        legend={t.technicianLegend}
        prefix="technician"
        required={false}
      />

      <div className="form-group mb-4">
        <label htmlFor="practice-publicNote" className="active">
          {t.publicNote}
        </label>
        <textarea
          id="practice-publicNote"
          name="publicNote"
          className="form-control"
          rows={2}
          defaultValue={state.values.publicNote ?? ''}
        />
      </div>

      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}
