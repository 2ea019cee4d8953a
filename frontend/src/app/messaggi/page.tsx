import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../components/feedback/rating-component';
import { MessageCard } from '../../components/personal-area/message-card';
import { MessagesFilter } from '../../components/personal-area/messages-filter';
import { MessagesPagination } from '../../components/personal-area/messages-pagination';
import { personalAreaRoutes } from '../../components/personal-area/personal-area-routes';
import { formatMessage } from '../../i18n/format-message';
import { getI18n } from '../../i18n/get-i18n';
import { ApiError } from '../../lib/api/api-error';
import { getMessages, type MessagePage } from '../../lib/api/messages';
import { requireUser } from '../../lib/auth/require-user';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.personalArea.messagesPage.title };
}

const UNREAD_FILTER = 'da-leggere';

async function load(page: number, onlyUnread: boolean): Promise<MessagePage | null> {
  try {
    return await getMessages(page, onlyUnread);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Messages unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The inbox of the personal area: every notification the portal sent, newest first, read or unread. */
export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(query.pagina) ?? '1', 10) || 1));
  const onlyUnread = first(query.filtro) === UNREAD_FILTER;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(personalAreaRoutes.messages)]);
  const inbox = await load(page, onlyUnread);
  const m = t.personalArea.messagesPage;
  const href = (target: { page?: number; unread?: boolean }) => {
    const params = new URLSearchParams();
    if (target.unread ?? onlyUnread) params.set('filtro', UNREAD_FILTER);
    if ((target.page ?? 1) > 1) params.set('pagina', String(target.page));
    const search = params.toString();
    return search ? `${personalAreaRoutes.messages}?${search}` : personalAreaRoutes.messages;
  };
  const pages = inbox ? Math.max(1, Math.ceil(inbox.total / inbox.pageSize)) : 1;

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{t.personalArea.eyebrow}</p>
      <h1 className="mb-3">{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <p>
        <Link href="/messaggi/preferenze">{t.notifications.preferences.link}</Link>
      </p>
      {inbox ? (
        <>
          <MessagesFilter
            onlyUnread={onlyUnread}
            unread={inbox.unread}
            allHref={href({ unread: false })}
            unreadHref={href({ unread: true })}
            t={m}
          />
          <p role="status">
            {formatMessage(m.summary, { total: String(inbox.total), unread: String(inbox.unread) })}
          </p>
          {inbox.items.length === 0 ? (
            <p className="portal-empty">{m.empty}</p>
          ) : (
            inbox.items.map((message) => (
              <MessageCard
                key={message.id}
                message={message}
                t={m}
                locale={locale}
                returnTo={href({ page })}
              />
            ))
          )}
          {pages > 1 && (
            <MessagesPagination
              page={page}
              pages={pages}
              previousHref={page > 1 ? href({ page: page - 1 }) : undefined}
              nextHref={page < pages ? href({ page: page + 1 }) : undefined}
              t={m}
            />
          )}
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {t.errorPage.text}
        </div>
      )}
      <RatingComponent page="/messaggi" labels={t.serviceModel.rating} />
    </div>
  );
}
