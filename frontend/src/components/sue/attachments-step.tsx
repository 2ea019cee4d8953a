'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { ApiError, type Problem } from '../../lib/api/api-error';
import type { AttachmentKind, Draft } from '../../lib/api/sue';
import { deleteAttachment, uploadAttachment } from '../../lib/api/sue-client';
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

/** The signed documents of the draft: listed with their signer, uploaded one at a time, verified by the backend. */
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
      await uploadAttachment(draft.id, kind, file);
      form.reset();
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
      <AttachmentList draft={draft} t={t} locale={locale} labelOf={labelOf} onRemove={remove} />
      {problem && <ProblemAlert problem={problem} />}
      <form onSubmit={submit} encType="multipart/form-data" noValidate>
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
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? a.uploading : a.upload}
        </button>
      </form>
    </section>
  );
}
