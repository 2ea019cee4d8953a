import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import { type StaffCorrection } from '../../lib/api/registry';
import { formatCivilDate, formatItalianTime } from '../../lib/registry/registry-formatting';
import { CorrectionAnswerForm } from './correction-answer-form';
import { CorrectionRequestDetails } from './correction-request-details';

/** The rettifica queue, oldest first: each request with its age, due day, evidence and the answer form. */
export function CorrectionQueue({
  items,
  t,
  locale,
}: {
  items: StaffCorrection[];
  t: Dictionary['registry']['office']['queue'];
  locale: Locale;
}) {
  if (items.length === 0) return <p className="portal-empty">{t.empty}</p>;
  return (
    <ol className="list-unstyled">
      {items.map((item) => (
        <li key={item.id} className="card card-bg rounded no-after mb-4">
          <article className="card-body" aria-labelledby={`request-${item.id}`}>
            <h2 id={`request-${item.id}`} className="h5 card-title">
              {formatMessage(t.request, { reference: item.reference })}{' '}
              {item.overdue && <span className="badge bg-danger">{t.overdue}</span>}
            </h2>
            <p className="small text-muted mb-2">
              {formatItalianTime(item.createdAt, locale)} ·{' '}
              {formatMessage(t.filedBy, { fiscalCode: item.requesterFiscalCode })}
              {item.state.code === 'open' && (
                <>
                  {' '}
                  ·{' '}
                  {formatMessage(t.age, {
                    days: String(item.ageDays),
                    date: formatCivilDate(item.dueOn, locale),
                  })}
                </>
              )}
            </p>
            <CorrectionRequestDetails item={item} t={t} />
            {item.state.code === 'open' ? (
              <CorrectionAnswerForm correction={item} t={t} />
            ) : (
              <p className="mb-0">
                <strong>{item.state.label}</strong>
                {item.answer && item.answeredAt && (
                  <>
                    {' '}
                    –{' '}
                    {formatMessage(t.answered, {
                      date: formatItalianTime(item.answeredAt, locale),
                      answer: item.answer,
                    })}
                  </>
                )}
              </p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
