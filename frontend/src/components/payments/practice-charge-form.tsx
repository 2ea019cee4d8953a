'use client';

import { useActionState } from 'react';
import { addPracticeChargeAction, type StaffPaymentFormState } from '../../app/backoffice/pratiche/actions';
import type { Dictionary } from '../../i18n/dictionary';

export interface PracticeChargeFormProps {
  practiceId: string;
  t: Dictionary['payments']['charges'];
}

/**
 * The clerk's form that charges an amount to a practice: the diritti di segreteria (the tariff of the practice
 * type applies) or another amount with its purpose. A refusal comes back with the offending field marked.
 */
export function PracticeChargeForm({ practiceId, t }: PracticeChargeFormProps) {
  const [state, action, pending] = useActionState<StaffPaymentFormState, FormData>(
    addPracticeChargeAction,
    {},
  );
  const invalid = (field: string) => (state.field === field ? true : undefined);
  return (
    <form action={action} className="mt-3" aria-describedby="charge-lead">
      <input type="hidden" name="pratica" value={practiceId} />
      {state.error && (
        <div className="alert alert-danger" role="alert">
          <p className="fw-semibold mb-1">{t.refused}</p>
          <p className="mb-0">{state.error}</p>
        </div>
      )}
      <div className="select-wrapper mb-3">
        <label htmlFor="charge-kind">{t.kind}</label>
        <select id="charge-kind" name="voce" defaultValue="diritti_segreteria" aria-invalid={invalid('kind')}>
          {Object.entries(t.kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group mb-3">
        <label htmlFor="charge-amount" className="active">
          {t.amount}
        </label>
        <input
          id="charge-amount"
          name="importo"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="form-control"
          aria-describedby="charge-amount-hint"
          aria-invalid={invalid('amount')}
        />
        <small id="charge-amount-hint" className="form-text">
          {t.amountHint}
        </small>
      </div>
      <div className="form-group mb-3">
        <label htmlFor="charge-description" className="active">
          {t.description}
        </label>
        <input
          id="charge-description"
          name="causale"
          type="text"
          className="form-control"
          maxLength={140}
          aria-describedby="charge-description-hint"
          aria-invalid={invalid('description')}
        />
        <small id="charge-description-hint" className="form-text">
          {t.descriptionHint}
        </small>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
