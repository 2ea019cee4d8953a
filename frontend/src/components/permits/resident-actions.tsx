'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { AllowedTransition, PracticeState } from '../../lib/api/permits';
import { transitionPractice } from '../../lib/api/permits-client';
import { ConflictAlert } from './conflict-alert';
import { ProblemAlert } from './problem-alert';

type ActionLabel = keyof Dictionary['permits']['actions']['labels'];

function isLabelled(state: PracticeState): state is ActionLabel {
  return state === 'withdrawn' || state === 'integrations_submitted' || state === 'under_review';
}

/** What the resident can do now (send integrations, answer, withdraw), with an optional note to the office. */
export function ResidentActions({
  practiceId,
  version,
  transitions,
  t,
}: {
  practiceId: string;
  version: number;
  transitions: AllowedTransition[];
  t: Dictionary['permits'];
}) {
  const router = useRouter();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function act(option: AllowedTransition) {
    if (option.to === 'withdrawn' && !window.confirm(t.actions.confirmWithdraw)) return;
    setBusy(true);
    setProblem(null);
    setConflict(false);
    try {
      await transitionPractice('resident', practiceId, {
        to: option.to,
        expectedVersion: version,
        ...(note.trim() ? { publicNote: note.trim() } : {}),
      });
      setDone(formatMessage(t.actions.done, { state: t.states[option.to] }));
      setNote('');
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) setConflict(true);
      else setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="mt-5" aria-labelledby="actions-title">
      <h2 id="actions-title" className="h4 mb-3">
        {t.actions.title}
      </h2>
      {conflict && <ConflictAlert t={t.conflict} />}
      {problem && <ProblemAlert problem={problem} />}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      {transitions.length === 0 ? (
        <p>{t.actions.none}</p>
      ) : (
        <>
          <div className="mb-3">
            <label className="form-label d-block" htmlFor="resident-note">
              {t.actions.note}
            </label>
            <textarea
              id="resident-note"
              className="form-control"
              rows={3}
              maxLength={4000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="d-flex flex-wrap gap-3">
            {transitions.map((option) => (
              <button
                type="button"
                key={option.to}
                className={option.to === 'withdrawn' ? 'btn btn-outline-danger' : 'btn btn-primary'}
                disabled={busy}
                onClick={() => act(option)}
              >
                {isLabelled(option.to) ? t.actions.labels[option.to] : t.states[option.to]}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
