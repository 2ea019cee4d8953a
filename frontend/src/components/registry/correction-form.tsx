'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import { ApiError, type Problem } from '../../lib/api/api-error';
import { submitCorrection } from '../../lib/api/registry-client';
import { CORRECTION_FIELDS } from '../../lib/registry/correction-fields';
import { formatCivilDate } from '../../lib/registry/registry-formatting';

export interface CorrectionSubject {
  personId: string;
  name: string;
  isYou: boolean;
}

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
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(error.problem);
    } finally {
      setBusy(false);
    }
  }

  const invalid = (field: string) =>
    problem?.field === field || problem?.errors?.some((e) => e.field === field);
  const control = (field: string, base = 'form-control') => (invalid(field) ? `${base} is-invalid` : base);

  return (
    <form onSubmit={submit} encType="multipart/form-data" aria-labelledby="correction-form-title" noValidate>
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
        <div className="col-12 col-md-6">
          <label className="form-label d-block" htmlFor="correction-person">
            {t.subject}
          </label>
          <select id="correction-person" name="personId" className={control('personId', 'form-select')}>
            {subjects.map((subject) => (
              <option key={subject.personId} value={subject.personId}>
                {subject.isYou ? formatMessage(t.subjectSelf, { name: subject.name }) : subject.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label className="form-label d-block" htmlFor="correction-field">
            {t.field}
          </label>
          <select id="correction-field" name="field" className={control('field', 'form-select')} required>
            {CORRECTION_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t.fields[field]}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label className="form-label d-block" htmlFor="correction-current">
            {t.currentValue}
          </label>
          <input
            id="correction-current"
            name="currentValue"
            className={control('currentValue')}
            maxLength={200}
            required
            aria-invalid={invalid('currentValue') || undefined}
          />
        </div>
        <div className="col-12 col-md-6">
          <label className="form-label d-block" htmlFor="correction-requested">
            {t.requestedValue}
          </label>
          <input
            id="correction-requested"
            name="requestedValue"
            className={control('requestedValue')}
            maxLength={200}
            required
            aria-invalid={invalid('requestedValue') || undefined}
          />
        </div>
        <div className="col-12">
          <label className="form-label d-block" htmlFor="correction-reason">
            {t.reason}
          </label>
          <textarea
            id="correction-reason"
            name="reason"
            className={control('reason')}
            rows={4}
            minLength={10}
            maxLength={2000}
            required
            aria-describedby="correction-reason-help"
            aria-invalid={invalid('reason') || undefined}
          />
          <p id="correction-reason-help" className="form-text">
            {t.reasonHelp}
          </p>
        </div>
        <div className="col-12">
          <label className="form-label d-block" htmlFor="correction-attachment">
            {t.attachment}
          </label>
          <input
            id="correction-attachment"
            name="attachment"
            type="file"
            className={control('attachment')}
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            aria-describedby="correction-attachment-help"
            aria-invalid={invalid('attachment') || undefined}
          />
          <p id="correction-attachment-help" className="form-text">
            {t.attachmentHelp}
          </p>
        </div>
      </div>
      <button type="submit" className="btn btn-primary mt-3" disabled={busy}>
        {busy ? t.sending : t.submit}
      </button>
    </form>
  );
}
