import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { IntegrationRequest, TimelineEntry } from '../../lib/api/permits';
import { formatDay, formatInstant } from '../../lib/permits/permit-formatting';

/**
 * The office's requests to the applicant: documents, design changes, observations, with their deadlines and
 * the office's explanation, which travels on the timeline step that opened the request (same instant).
 */
export function PracticeRequests({
  requests,
  timeline,
  t,
  locale,
}: {
  requests: IntegrationRequest[];
  timeline: TimelineEntry[];
  t: Dictionary['permits'];
  locale: Locale;
}) {
  if (requests.length === 0) return null;
  const d = t.detail;
  const noteOf = (request: IntegrationRequest) =>
    timeline.find((entry) => Date.parse(entry.at) === Date.parse(request.requestedAt))?.publicNote;
  return (
    <section className="mt-5" aria-labelledby="requests-title">
      <h2 id="requests-title" className="h4 mb-3">
        {d.requests}
      </h2>
      <ul className="list-unstyled">
        {[...requests].reverse().map((request) => {
          const note = noteOf(request);
          return (
            <li className={request.open ? 'callout warning' : 'border-bottom pb-3 mb-3'} key={request.id}>
              <p className="fw-semibold mb-1">
                {d.requestKinds[request.kind]}{' '}
                {formatMessage(d.requestedOn, { date: formatInstant(request.requestedAt, locale) })}
              </p>
              {note && <p className="mb-1">{note}</p>}
              {request.dueDate && (
                <p className="mb-1">
                  {formatMessage(d.dueDate, { date: formatDay(request.dueDate, locale) })}
                </p>
              )}
              {request.requestedDocuments.length > 0 && (
                <>
                  <p className="mb-1">{d.requestedDocuments}:</p>
                  <ul>
                    {request.requestedDocuments.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </>
              )}
              <p className="mb-0 small">
                {request.answeredAt
                  ? formatMessage(d.answeredOn, { date: formatInstant(request.answeredAt, locale) })
                  : request.open
                    ? d.openRequest
                    : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
