'use client';

import { type ReactNode, useActionState } from 'react';
import type { OfficeFormState } from '../../app/backoffice/tributi/actions';
import { formatMessage } from '../../i18n/format-message';

export interface OfficeFormProps {
  action: (previous: OfficeFormState, formData: FormData) => Promise<OfficeFormState>;
  labels: { submit: string; pending: string; refused: string; field: string };
  children: ReactNode;
}

/**
 * A taxes office form posted to a server action: without JavaScript the browser posts it and gets a page;
 * with it, the button shows progress and a refusal appears above the button with the backend's reason
 * and the field it names.
 */
export function OfficeForm({ action, labels, children }: OfficeFormProps) {
  const [state, formAction, pending] = useActionState<OfficeFormState, FormData>(action, {});
  return (
    <form action={formAction} className="mt-5">
      {children}
      <div aria-live="assertive">
        {state.error && (
          <div className="alert alert-danger mt-3" role="alert">
            <p className="fw-semibold mb-1">{labels.refused}</p>
            <p className="mb-0">{state.error}</p>
            {state.field && (
              <p className="small mb-0 mt-1">{formatMessage(labels.field, { field: state.field })}</p>
            )}
          </div>
        )}
      </div>
      <button type="submit" className="btn btn-primary mt-3" disabled={pending} aria-busy={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
