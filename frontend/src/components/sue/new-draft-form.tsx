'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { Draft } from '../../lib/api/sue';
import { createDraft } from '../../lib/api/sue-client';
import { sueRoutes } from '../../lib/sue/wizard-steps';
import { ProblemAlert } from '../permits/problem-alert';

/** The type of practice, each with what it is for; the draft is created and the wizard opens on it. */
export function NewDraftForm({
  types,
  labels,
  t,
}: {
  types: readonly Draft['type'][];
  labels: Record<Draft['type'], string>;
  t: Dictionary['sue']['newFiling'];
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const type = new FormData(event.currentTarget).get('type') as Draft['type'];
    setBusy(true);
    try {
      const { id } = await createDraft(type);
      router.push(sueRoutes.draft(id, 'titolare'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit}>
      {problem && <ProblemAlert problem={problem} />}
      <fieldset>
        <legend className="h4">{t.choose}</legend>
        {types.map((type, index) => (
          <div className="form-check mb-3" key={type}>
            <input
              className="form-check-input"
              type="radio"
              name="type"
              id={`type-${type}`}
              value={type}
              defaultChecked={index === 1}
              aria-describedby={`type-${type}-help`}
            />
            <label className="form-check-label fw-semibold" htmlFor={`type-${type}`}>
              {labels[type]}
            </label>
            <p className="small mb-0" id={`type-${type}-help`}>
              {t.typeHelp[type]}
            </p>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t.start}
      </button>
    </form>
  );
}
