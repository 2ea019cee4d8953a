'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { type UploadProgress, uploadResumably } from '../../lib/api/resumable-upload';
import type { AttachmentKind, Draft } from '../../lib/api/sue';
import { deleteAttachment } from '../../lib/api/sue-client';
import { ProblemAlert } from '../permits/problem-alert';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_048_576)} MB`;
}

/** The documents already attached, each with its signer and a button to take it away. */
function AttachmentList({
  draft,
  t,
  locale,
  labelOf,
  onRemove,
}: {
  draft: Draft;
  t: Dictionary['sue'];
  locale: string;
  labelOf: (kind: AttachmentKind) => string;
  onRemove: (attachmentId: string) => void;
}) {
  const a = t.attachments;
  return draft.attachments.length === 0 ? (
    <p>{a.none}</p>
  ) : (
    <ul className="list-group mb-4">
      {draft.attachments.map((attachment) => (
        <li key={attachment.id} className="list-group-item d-flex flex-wrap justify-content-between gap-2">
          <span>
            <strong>{labelOf(attachment.kind)}</strong>: {attachment.fileName}
            <br />
            <span className="small">
              {formatMessage(a.signedBy, {
                name: attachment.signerName,
                date: new Date(attachment.signedAt).toLocaleDateString(locale === 'en' ? 'en-GB' : 'it-IT'),
              })}
            </span>
          </span>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => onRemove(attachment.id)}
          >
            {a.remove}
            <span className="visually-hidden">: {attachment.fileName}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function size(bytes: number, locale: string): string {
  const megabytes = bytes / 1_048_576;
  return `${megabytes.toLocaleString(locale === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 })} MB`;
}

/** How far the upload is, for everyone: a progress bar, and a polite live line for screen readers. */
function UploadProgressBar({
  progress,
  t,
  locale,
}: {
  progress: UploadProgress;
  t: Dictionary['sue']['attachments'];
  locale: string;
}) {
  const percent = progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  const done = progress.total > 0 && progress.sent >= progress.total;
  const line = formatMessage(t.progress, {
    sent: size(progress.sent, locale),
    total: size(progress.total, locale),
    percent: String(percent),
  });
  return (
    <div className="my-3">
      <div
        className="progress"
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={line}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="small mt-1 mb-0" aria-live="polite">
        {progress.resumed && `${t.resumed} `}
        {done ? t.verifying : line}
      </p>
    </div>
  );
}

/**
 * The signed documents of the draft: listed with their signer, uploaded one at a time with the tus protocol
 * (an interrupted upload resumes, also after a reload), verified by the backend.
 */
export function AttachmentsStep({
  draft,
  t,
  locale,
}: {
  draft: Draft;
  t: Dictionary['sue'];
  locale: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const a = t.attachments;
  const labelOf = (kind: AttachmentKind) =>
    draft.attachmentKinds.find((entry) => entry.kind === kind)?.label[locale === 'en' ? 'en' : 'it'] ?? kind;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as AttachmentKind;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await uploadResumably(draft.id, kind, file, setProgress);
      form.reset();
      setProgress(null);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  async function remove(attachmentId: string) {
    setProblem(null);
    try {
      await deleteAttachment(draft.id, attachmentId);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    }
  }

  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title" className="h4">
        {t.steps.allegati}
      </h2>
      <p>{a.lead}</p>
      <p className="small">{a.proxyHint}</p>
      <p className="small">{a.resumeHint}</p>
      <AttachmentList draft={draft} t={t} locale={locale} labelOf={labelOf} onRemove={remove} />
      {problem && <ProblemAlert problem={problem} />}
      <form onSubmit={submit} noValidate>
        <div className="mb-3">
          <label className="form-label d-block" htmlFor="attachment-kind">
            {a.kind}
          </label>
          <select id="attachment-kind" name="kind" className="form-select">
            {draft.attachmentKinds.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.label[locale === 'en' ? 'en' : 'it']}
                {kind.required ? ` (${a.requiredMark})` : ''} –{' '}
                {formatMessage(a.limits, { count: String(kind.maxCount), size: megabytes(kind.maxBytes) })}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-3">
          <label className="form-label d-block" htmlFor="attachment-file">
            {a.file}
          </label>
          <input
            id="attachment-file"
            name="file"
            type="file"
            className="form-control"
            accept=".pdf,.p7m,application/pdf,application/pkcs7-mime"
          />
        </div>
        {progress && <UploadProgressBar progress={progress} t={a} locale={locale} />}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? a.uploading : a.upload}
        </button>
      </form>
    </section>
  );
}
