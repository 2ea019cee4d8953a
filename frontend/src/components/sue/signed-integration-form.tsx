'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { SignedPracticeDocument } from '../../lib/api/permits';
import { uploadSignedPracticeDocument } from '../../lib/api/permits-client';
import { ProblemAlert } from '../permits/problem-alert';

type Texts = Dictionary['permits']['signedUpload'];

function signerOf(document: SignedPracticeDocument, t: Texts): string {
  if (!document.signerFiscalCode) return document.signerName;
  return `${document.signerName} (${formatMessage(t.fiscalCode, { code: document.signerFiscalCode })})`;
}

/** The signed documents uploaded from this page, each with who signed it as the certificate says. */
function SignedList({ id, documents, t }: { id: string; documents: SignedPracticeDocument[]; t: Texts }) {
  if (documents.length === 0) return null;
  return (
    <>
      <h4 className="h6 mt-3" id={id}>
        {t.listTitle}
      </h4>
      <ul className="list-unstyled" aria-labelledby={id}>
        {documents.map((document) => (
          <li key={document.id} className="mb-2 text-break">
            <strong>{document.fileName}</strong>
            <br />
            {formatMessage(t.signedBy, { signer: signerOf(document, t) })}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A party answers the office's integration request with signed documents: each file is verified (PAdES or CAdES)
 * before it joins the request; a refused signature shows the backend's Italian reason.
 */
export function SignedIntegrationForm({ practiceId, t }: { practiceId: string; t: Texts }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<SignedPracticeDocument[]>([]);
  const inputId = `signed-upload-${practiceId}`;
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
        detail: t.missing,
        field: 'file',
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const document = await uploadSignedPracticeDocument(practiceId, file);
      setUploaded((previous) => [...previous, document]);
      setDone(formatMessage(t.done, { name: document.fileName, signer: signerOf(document, t) }));
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
          accept="application/pdf,application/pkcs7-mime,.pdf,.p7m"
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
        />
        <small id={hintId} className="form-text">
          {t.hint}
        </small>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t.uploading : t.submit}
      </button>
      <SignedList id={`${inputId}-list`} documents={uploaded} t={t} />
    </form>
  );
}
