'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { requestFilingFee } from '../../lib/api/sue-client';
import { ProblemAlert } from '../permits/problem-alert';

/**
 * The filing fee still to pay: asks its pagoPA notice once (the backend answers the same notice to a second
 * click) and opens its payment page, where "Paga online" and the avviso are; a notice already asked is a link.
 */
export function FilingFeeAction({
  draftId,
  paymentId,
  t,
}: {
  draftId: string;
  paymentId: string | null;
  t: Dictionary['sue']['summary'];
}) {
  const router = useRouter();
  const asking = useRef(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function ask() {
    if (asking.current) return;
    asking.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const payment = await requestFilingFee(draftId);
      router.push(`/pagamenti/${encodeURIComponent(payment.id)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
      asking.current = false;
      setBusy(false);
    }
  }

  return (
    <div className="mb-3">
      {problem && <ProblemAlert problem={problem} />}
      <p className="small">{t.feeReturn}</p>
      {paymentId ? (
        <Link className="btn btn-outline-primary" href={`/pagamenti/${encodeURIComponent(paymentId)}`}>
          {t.openFee}
        </Link>
      ) : (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={ask}
          disabled={busy}
          aria-busy={busy}
        >
          {t.payFee}
        </button>
      )}
    </div>
  );
}
