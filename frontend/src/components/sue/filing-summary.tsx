import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Draft } from '../../lib/api/sue';
import { fieldValue, SECTION_FIELDS, SECTION_STEPS, sueRoutes } from '../../lib/sue/wizard-steps';
import { FilingFeeAction } from './filing-fee-action';
import { SubmitFilingButton } from './submit-filing-button';

function euro(cents: number | null, locale: string): string {
  return cents === null
    ? ''
    : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
        style: 'currency',
        currency: 'EUR',
      }).format(cents / 100);
}

/** What a missing item is called on the page: the step, the declaration or the kind of document. */
function missingLabel(field: string, draft: Draft, t: Dictionary['sue'], locale: string): string {
  const [scope, name, detail] = field.split('.');
  if (scope === 'attachments') {
    return (
      draft.attachmentKinds.find((kind) => kind.kind === name)?.label[locale === 'en' ? 'en' : 'it'] ?? name
    );
  }
  if (detail && detail in t.fields) return t.fields[detail as keyof typeof t.fields] as string;
  return (t.steps as Record<string, string>)[name] ?? name;
}

/** The summary before sending: every section, the documents, the fees, and what is still missing. */
export function FilingSummary({ draft, t, locale }: { draft: Draft; t: Dictionary['sue']; locale: string }) {
  const sections = draft.sections as Record<string, Record<string, unknown> | undefined>;
  const fee = draft.fees;
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" className="h4">
        {t.steps.riepilogo}
      </h2>
      <p>{t.summary.lead}</p>
      {SECTION_STEPS.map((step) => (
        <div key={step} className="mb-3">
          <h3 className="h5">
            {t.steps[step]}{' '}
            <Link className="small fw-normal" href={sueRoutes.draft(draft.id, step)}>
              ({t.summary.edit})
            </Link>
          </h3>
          {sections[step] ? (
            <dl className="row mb-0">
              {SECTION_FIELDS[step].map((field) => {
                const value = fieldValue(sections[step], field.path);
                const shown =
                  typeof value === 'boolean'
                    ? value
                      ? '✓'
                      : '—'
                    : field.options
                      ? ((t.fields[field.options.set] as Record<string, string>)[value] ?? value)
                      : value || '—';
                return (
                  <div key={field.path} className="col-12 col-md-6">
                    <dt className="small">{t.fields[field.label] as string}</dt>
                    <dd>{shown}</dd>
                  </div>
                );
              })}
            </dl>
          ) : (
            <p className="text-muted">{t.summary.empty}</p>
          )}
        </div>
      ))}
      <h3 className="h5">{t.steps.allegati}</h3>
      <ul>
        {draft.attachments.map((attachment) => (
          <li key={attachment.id}>
            {attachment.fileName} – {attachment.signerName}
          </li>
        ))}
      </ul>
      <h3 className="h5">{t.summary.fees}</h3>
      <p>{formatMessage(t.summary.feeStates[fee.status], { amount: euro(fee.amountCents, locale) })}</p>
      {fee.status === 'due' && (
        <FilingFeeAction draftId={draft.id} paymentId={fee.paymentReference} t={t.summary} />
      )}
      {draft.missing.length > 0 ? (
        <div className="alert alert-warning" role="alert">
          <p className="mb-1">{t.summary.missing}</p>
          <ul className="mb-0">
            {draft.missing.map((item) => (
              <li key={item.field}>
                {missingLabel(item.field, draft, t, locale)}: {t.missingReasons[item.reason]}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="alert alert-success">{t.summary.ready}</p>
      )}
      <SubmitFilingButton
        draftId={draft.id}
        disabled={draft.missing.length > 0 || fee.status === 'due'}
        t={t.summary}
      />
    </section>
  );
}
