'use client';

import { useActionState } from 'react';
import { type IssueCertificateState, issueCertificateAction } from '../../app/certificati/actions';
import { Icon } from '../icon/icon';

export interface IssueCertificateFormProps {
  /** The request as query-string fields (`persona`, `tipo`, `bollo` ...), posted back unchanged. */
  fields: [string, string][];
  labels: { issue: string; issuing: string; refused: string };
}

/**
 * The one button that issues the certificate. A server action behind a real form: without JavaScript the
 * browser posts it and the answer is a new page; with it, the button shows progress and a refusal appears
 * here, with the backend's reason.
 */
export function IssueCertificateForm({ fields, labels }: IssueCertificateFormProps) {
  const [state, action, pending] = useActionState<IssueCertificateState, FormData>(
    issueCertificateAction,
    {},
  );
  return (
    <form action={action} className="mt-4">
      {fields.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      {state.error && (
        <div className="alert alert-danger" role="alert">
          <p className="fw-semibold mb-1">{labels.refused}</p>
          <p className="mb-0">{state.error}</p>
        </div>
      )}
      <button type="submit" className="btn btn-primary btn-icon" disabled={pending} aria-busy={pending}>
        <Icon name="file-signed" className="icon-white me-2" />
        <span>{pending ? labels.issuing : labels.issue}</span>
      </button>
    </form>
  );
}
