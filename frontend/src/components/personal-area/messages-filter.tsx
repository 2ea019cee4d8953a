import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';

/** All messages or only the unread ones; the current choice is marked for screen readers. */
export function MessagesFilter({
  onlyUnread,
  unread,
  allHref,
  unreadHref,
  t,
}: {
  onlyUnread: boolean;
  unread: number;
  allHref: string;
  unreadHref: string;
  t: Dictionary['personalArea']['messagesPage'];
}) {
  return (
    <nav aria-label={t.filterLabel} className="mb-3">
      <ul className="list-inline mb-0">
        <li className="list-inline-item me-3">
          <Link href={allHref} aria-current={onlyUnread ? undefined : 'page'}>
            {t.filterAll}
          </Link>
        </li>
        <li className="list-inline-item">
          <Link href={unreadHref} aria-current={onlyUnread ? 'page' : undefined}>
            {t.filterUnread} <span className="badge bg-primary">{unread}</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
