'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { submitDraft } from '../../lib/api/sue-client';
import { sueRoutes } from '../../lib/sue/wizard-steps';
import { ProblemAlert } from '../permits/problem-alert';

/** "Invia": disabled while sending; the backend files a draft once however many times it is asked. */
export function SubmitFilingButton({
  draftId,
  disabled,
  t,
}: {
  draftId: string;
  disabled: boolean;
  t: Dictionary['sue']['summary'];
}) {
  const router = useRouter();
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function send() {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await submitDraft(draftId);
      router.push(sueRoutes.draft(draftId));
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
      sending.current = false;
      setBusy(false);
    }
  }

  return (
    <div className="mt-4">
      {problem && <ProblemAlert problem={problem} />}
      <button
        type="button"
        className="btn btn-primary btn-lg"
        onClick={send}
        disabled={disabled || busy}
        aria-busy={busy}
      >
        {busy ? t.sending : t.send}
      </button>
    </div>
  );
}
