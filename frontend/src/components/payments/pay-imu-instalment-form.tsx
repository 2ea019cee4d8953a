'use client';

import { useActionState } from 'react';
import { type PaymentActionState, payImuInstalmentAction } from '../../app/pagamenti/actions';
import { Icon } from '../icon/icon';

export interface PayImuInstalmentFormProps {
  year: number;
  instalment: string;
  labels: { pay: string; payLabel: string; paying: string; hint: string };
}

/**
 * "Paga con pagoPA" for one IMU instalment: a real form posting a server action, so it works without
 * JavaScript; a refusal shows here with the backend's reason.
 */
export function PayImuInstalmentForm({ year, instalment, labels }: PayImuInstalmentFormProps) {
  const [state, action, pending] = useActionState<PaymentActionState, FormData>(payImuInstalmentAction, {});
  const hintId = `pagopa-hint-${instalment}`;
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="anno" value={String(year)} />
      <input type="hidden" name="rata" value={instalment} />
      {state.error && (
        <div className="alert alert-danger py-2 small" role="alert">
          {state.error}
        </div>
      )}
      <button
        type="submit"
        className="btn btn-outline-primary btn-sm btn-icon"
        disabled={pending}
        aria-busy={pending}
        aria-label={labels.payLabel}
        aria-describedby={hintId}
      >
        <Icon name="card" className="icon-primary icon-sm me-2" />
        <span>{pending ? labels.paying : labels.pay}</span>
      </button>
      <p id={hintId} className="small mt-1 mb-0">
        {labels.hint}
      </p>
    </form>
  );
}
