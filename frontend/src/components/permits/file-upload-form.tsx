'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { ProblemAlert } from './problem-alert';

export interface FileUploadTexts {
  title: string;
  label: string;
  /** Said when the form is sent without a file. */
  missing: string;
  submit: string;
  uploading: string;
  hint?: string;
}

/**
 * One file to one endpoint, the practice's page reloads its data after it: the upload itself (`send`), the line
 * that says what was stored (`doneLine`), busy state, the backend's Italian reason on refusal, and an empty
 * choice caught before anything is sent. `children` follows the button (e.g. what this page uploaded).
 */
export function FileUploadForm<Result>({
  inputId,
  accept,
  texts,
  send,
  doneLine,
  onUploaded,
  children,
}: {
  inputId: string;
  accept: string;
  texts: FileUploadTexts;
  send: (file: File) => Promise<Result>;
  doneLine: (result: Result) => string;
  onUploaded?: (result: Result) => void;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const hintId = `${inputId}-hint`;

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
        detail: texts.missing,
        field: 'file',
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await send(file);
      onUploaded?.(result);
      setDone(doneLine(result));
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
      <h3 className="h5">{texts.title}</h3>
      {problem && <ProblemAlert problem={problem} />}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      <div className="mb-3">
        <label className="form-label d-block" htmlFor={inputId}>
          {texts.label}
        </label>
        <input
          className={problem ? 'form-control is-invalid' : 'form-control'}
          type="file"
          id={inputId}
          name="file"
          accept={accept}
          aria-describedby={texts.hint ? hintId : undefined}
          aria-invalid={problem ? true : undefined}
        />
        {texts.hint && (
          <small id={hintId} className="form-text">
            {texts.hint}
          </small>
        )}
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? texts.uploading : texts.submit}
      </button>
      {children}
    </form>
  );
}
