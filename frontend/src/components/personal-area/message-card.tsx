import { markReadAction } from '../../app/messaggi/actions';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Message, MessageBlock } from '../../lib/api/messages';
import { formatInstant } from '../../lib/permits/permit-formatting';

function Block({ block }: { block: MessageBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'facts':
      return (
        <dl className="row mb-3">
          {block.facts.map((fact) => (
            <div key={fact.label} className="col-12 col-md-6">
              <dt>{fact.label}</dt>
              <dd className="mb-2">{fact.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <>
          <p className="fw-semibold mb-1">{block.title}</p>
          <ul>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      );
    case 'quote':
      return (
        <figure>
          <figcaption className="fw-semibold">{block.title}</figcaption>
          <blockquote className="mb-0">{block.text}</blockquote>
        </figure>
      );
  }
}

/** One message of the inbox, in full, with the action it points to and a way to mark it read. */
export function MessageCard({
  message,
  t,
  locale,
  returnTo,
}: {
  message: Message;
  t: Dictionary['personalArea']['messagesPage'];
  locale: Locale;
  returnTo: string;
}) {
  const unread = message.readAt === null;
  const titleId = `message-${message.id}-title`;
  return (
    <article
      className={`card card-bg rounded no-after mb-4${unread ? ' border-start border-primary border-4' : ''}`}
      aria-labelledby={titleId}
      lang={message.locale === locale ? undefined : message.locale}
    >
      <div className="card-body">
        <p className="small mb-1">
          {unread ? (
            <strong>{t.unread}</strong>
          ) : (
            formatMessage(t.read, { date: formatInstant(message.readAt ?? message.createdAt, locale) })
          )}
          {' — '}
          {formatMessage(t.sentAt, { date: formatInstant(message.createdAt, locale) })}
        </p>
        <h2 id={titleId} className="h5 card-title">
          {message.subject}
        </h2>
        <p className="small">{formatMessage(t.from, { sender: message.sender })}</p>
        {message.blocks.map((block, index) => (
          // Blocks have no identity of their own: their order is the message.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <Block key={index} block={block} />
        ))}
        <div className="d-flex flex-wrap gap-3 align-items-center mt-3">
          <a className="btn btn-outline-primary btn-sm" href={message.action.url}>
            {message.action.label}
          </a>
          {unread && (
            <form action={markReadAction}>
              <input type="hidden" name="id" value={message.id} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button type="submit" className="btn btn-primary btn-sm">
                {t.markRead}
              </button>
            </form>
          )}
        </div>
      </div>
    </article>
  );
}
