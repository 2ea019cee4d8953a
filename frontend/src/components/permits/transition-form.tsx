'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { AllowedTransition, TransitionField } from '../../lib/api/permits';
import { transitionPractice } from '../../lib/api/permits-client';
import { type TransitionFormValues, transitionRequest } from '../../lib/permits/transition-request';
import { ConflictAlert } from './conflict-alert';
import { ProblemAlert } from './problem-alert';
import { TransitionNotes } from './transition-notes';
import { TransitionRequiredFields } from './transition-required-fields';
import { TransitionTargetSelect } from './transition-target-select';

const EMPTY: TransitionFormValues = {
  to: '',
  publicNote: '',
  internalNote: '',
  dueDate: '',
  requestedDocuments: '',
  decisionNumber: '',
  decisionDate: '',
  caseOfficerFiscalCode: '',
};

/** Which input the backend's `field` names, so the right one is marked invalid. */
const FIELD_INPUT: Readonly<Record<string, keyof TransitionFormValues>> = {
  to: 'to',
  publicNote: 'publicNote',
  internalNote: 'internalNote',
  dueDate: 'dueDate',
  requestedDocuments: 'requestedDocuments',
  decision: 'decisionNumber',
  'decision.date': 'decisionDate',
  caseOfficer: 'caseOfficerFiscalCode',
  caseOfficerFiscalCode: 'caseOfficerFiscalCode',
};

/**
 * The office's transition form: only the moves the state machine allows now, and for the chosen one the fields
 * it needs. It sends the version the clerk saw; a 409 means a colleague changed the practice meanwhile.
 */
export function TransitionForm({
  practiceId,
  version,
  options,
  t,
}: {
  practiceId: string;
  version: number;
  options: AllowedTransition[];
  t: Dictionary['permits'];
}) {
  const router = useRouter();
  const [values, setValues] = useState<TransitionFormValues>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const f = t.transition;
  const chosen = options.find((option) => option.to === values.to);
  const needs = (field: TransitionField) => chosen?.requires.includes(field) ?? false;
  const invalid = (name: keyof TransitionFormValues) =>
    (problem?.field && FIELD_INPUT[problem.field] === name) || false;
  const set = (name: keyof TransitionFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    setConflict(false);
    setDone(null);
    try {
      await transitionPractice('staff', practiceId, transitionRequest(values, chosen, version));
      setDone(formatMessage(f.done, { state: t.states[chosen.to] }));
      setValues(EMPTY);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) setConflict(true);
      else setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  if (options.length === 0) return <p>{f.none}</p>;
  const bind = { values, invalid, set };

  return (
    <form onSubmit={submit} noValidate>
      {conflict && <ConflictAlert t={t.conflict} />}
      {problem && <ProblemAlert problem={problem} />}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      <TransitionTargetSelect bind={bind} options={options} t={t} />
      <TransitionRequiredFields bind={bind} needs={needs} f={f} />
      <TransitionNotes bind={bind} f={f} />
      <p className="small text-muted">{formatMessage(f.version, { version: String(version) })}</p>
      <button type="submit" className="btn btn-primary" disabled={busy || !chosen}>
        {busy ? f.saving : f.submit}
      </button>
    </form>
  );
}
