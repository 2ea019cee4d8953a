import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { formatInstant } from '../../lib/permits/permit-formatting';
import { DeskSection } from './desk-section';
import { personalAreaRoutes } from './personal-area-routes';

/** The latest messages from the comune, unread ones in bold. */
export function MessagesDesk({
  messages,
  t,
  locale,
}: {
  messages: PersonalAreaSummary['messages'];
  t: Dictionary['personalArea'];
  locale: Locale;
}) {
  const s = t.sections.messages;
  return (
    <DeskSection
      id="messaggi"
      icon="mail"
      title={s.title}
      description={s.description}
      count={formatMessage(s.count, { count: String(messages.unread) })}
      more={{ href: personalAreaRoutes.messages, label: s.all }}
    >
      {messages.latest.length === 0 ? (
        <p className="mb-0">{s.empty}</p>
      ) : (
        <ul className="mb-0 ps-3">
          {messages.latest.map((message) => (
            <li key={message.id} className="mb-1">
              {message.readAt ? message.subject : <strong>{message.subject}</strong>}
              <br />
              <span className="small">
                {formatInstant(message.createdAt, locale)}
                {!message.readAt && ` — ${t.messagesPage.unread}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DeskSection>
  );
}
