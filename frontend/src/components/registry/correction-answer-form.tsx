'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { StaffCorrection } from '../../lib/api/registry';
import { answerCorrection } from '../../lib/api/registry-client';
import { CorrectionOutcomeFieldset } from './correction-outcome-fieldset';

/** The office's answer to one request: outcome and text, sent with the version it was read at. */
export function CorrectionAnswerForm({
  correction,
  t,
}: {
  correction: StaffCorrection;
  t: Dictionary['registry']['office']['queue'];
}) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    try {
      await answerCorrection(correction.id, {
        outcome: data.get('outcome') === 'rejected' ? 'rejected' : 'accepted',
        answer: String(data.get('answer') ?? ''),
        version: correction.version,
      });
      setDone(true);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="alert alert-success mb-0" role="status">
        {t.done}
      </div>
    );
  }
  return (
    <form onSubmit={submit} aria-label={`${t.answerTitle} – ${correction.reference}`} noValidate>
      {problem && (
        <div className="alert alert-danger" role="alert">
          {problem.detail}
        </div>
      )}
      <CorrectionOutcomeFieldset id={id} t={t} />
      <label className="form-label d-block" htmlFor={`${id}-answer`}>
        {t.answer}
      </label>
      <textarea
        id={`${id}-answer`}
        name="answer"
        className={problem?.field === 'answer' ? 'form-control is-invalid' : 'form-control'}
        rows={3}
        minLength={5}
        maxLength={2000}
        required
        aria-describedby={`${id}-answer-help`}
      />
      <p id={`${id}-answer-help`} className="form-text">
        {t.answerHelp}
      </p>
      <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
        {busy ? t.sending : t.submit}
      </button>
    </form>
  );
}
