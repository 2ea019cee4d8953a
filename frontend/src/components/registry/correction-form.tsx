'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { submitCorrection } from '../../lib/api/registry-client';
import { CORRECTION_FIELDS, type CorrectionField } from '../../lib/registry/correction-fields';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { CorrectionChangeFields } from './correction-change-fields';
import { type CorrectionSubject, CorrectionTargetFields } from './correction-target-fields';

/**
 * The richiesta di rettifica: which person, which datum, what it says and what it should say, why, and an
 * optional document. The backend checks everything again; its Italian explanation is shown next to the field.
 */
export function CorrectionForm({
  subjects,
  t,
  locale,
}: {
  subjects: CorrectionSubject[];
  t: Dictionary['registry']['corrections'];
  locale: Locale;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [field, setField] = useState<CorrectionField>(CORRECTION_FIELDS[0]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const attachment = data.get('attachment');
    if (attachment instanceof File && attachment.size === 0) data.delete('attachment');
    const self = subjects.find((subject) => subject.isYou);
    if (self && data.get('personId') === self.personId) data.delete('personId');
    setBusy(true);
    setProblem(null);
    setSent(null);
    try {
      const created = await submitCorrection(data);
      setSent(
        formatMessage(t.sent, { reference: created.reference, date: formatCivilDate(created.dueOn, locale) }),
      );
      form.reset();
      setField(CORRECTION_FIELDS[0]);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && target.name === 'field') {
          setField(target.value as CorrectionField);
        }
      }}
      encType="multipart/form-data"
      aria-labelledby="correction-form-title"
      noValidate
    >
      <h2 id="correction-form-title" className="h4">
        {t.formTitle}
      </h2>
      {problem && (
        <div className="alert alert-danger" role="alert">
          {problem.detail}
        </div>
      )}
      {sent && (
        <div className="alert alert-success" role="status">
          {sent}
        </div>
      )}
      <div className="row g-3">
        <CorrectionTargetFields subjects={subjects} problem={problem} t={t} />
        <CorrectionChangeFields field={field} problem={problem} t={t} />
      </div>
      <button type="submit" className="btn btn-primary mt-3" disabled={busy}>
        {busy ? t.sending : t.submit}
      </button>
    </form>
  );
}
