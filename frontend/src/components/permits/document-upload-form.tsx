'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { uploadPracticeDocument } from '../../lib/api/permits-client';
import type { PermitsAudience } from '../../lib/permits/api-paths';
import { ProblemAlert } from './problem-alert';

/** Uploads one document to the practice; the page reloads its data to list it. */
export function DocumentUploadForm({
  practiceId,
  audience,
  t,
}: {
  practiceId: string;
  audience: PermitsAudience;
  t: Dictionary['permits']['upload'];
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inputId = `upload-${practiceId}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    setDone(null);
    if (!file) {
      setProblem({
        type: 'about:blank',
        title: '',
        code: 'DOCUMENT_MISSING',
        detail: t.missing,
        field: 'file',
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const document = await uploadPracticeDocument(audience, practiceId, file);
      setDone(formatMessage(t.done, { name: document.fileName }));
      form.reset();
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="mt-3" onSubmit={submit} encType="multipart/form-data" noValidate>
      <h3 className="h5">{t.title}</h3>
      {problem && <ProblemAlert problem={problem} />}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      <div className="mb-3">
        <label className="form-label d-block" htmlFor={inputId}>
          {t.label}
        </label>
        <input
          className={problem ? 'form-control is-invalid' : 'form-control'}
          type="file"
          id={inputId}
          name="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t.uploading : t.submit}
      </button>
    </form>
  );
}
