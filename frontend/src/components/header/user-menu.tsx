import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { CurrentUser } from '../../lib/api/auth';
import { routes } from '../../lib/routes';
import { LogoutForm } from '../auth/logout-form';
import { Icon } from '../icon/icon';

export interface UserMenuProps {
  user: CurrentUser;
  csrfToken: string | undefined;
  t: Dictionary;
  /** Unread messages, or `null` when unknown (no count is shown then). */
  unreadMessages: number | null;
}

export function UserMenu({ user, csrfToken, t, unreadMessages }: UserMenuProps) {
  const fullName = `${user.givenName} ${user.familyName}`;
  const unread = unreadMessages
    ? formatMessage(unreadMessages === 1 ? t.header.unreadMessages.one : t.header.unreadMessages.other, {
        count: String(unreadMessages),
      })
    : null;
  return (
    <details className="it-user-wrapper nav-item dropdown portal-dropdown">
      <summary
        className="btn btn-primary btn-icon btn-full"
        aria-label={
          unread
            ? formatMessage(t.header.userMenuWithUnread, { name: fullName, unread })
            : formatMessage(t.header.userMenu, { name: fullName })
        }
      >
        <span className="rounded-icon" aria-hidden="true">
          <Icon name="user" className="icon-primary" />
          {unread && <span className="portal-unread-dot" aria-hidden="true" />}
        </span>
        <span className="d-none d-lg-block">{fullName}</span>
        <Icon name="expand" className="icon-white d-none d-lg-block portal-dropdown-chevron" />
      </summary>
      <div className="dropdown-menu">
        <div className="link-list-wrapper">
          <ul className="link-list">
            <li>
              <Link className="dropdown-item list-item" href={routes.home}>
                <span>{t.nav.personalArea}</span>
              </Link>
            </li>
            <li>
              <Link className="dropdown-item list-item" href="/messaggi">
                <span>{t.nav.messages}</span>
                {unread && (
                  <>
                    <span className="badge bg-danger ms-2" aria-hidden="true">
                      {unreadMessages}
                    </span>
                    <span className="visually-hidden">, {unread}</span>
                  </>
                )}
              </Link>
            </li>
            <li>
              <Link className="dropdown-item list-item" href={routes.myData}>
                <span>{t.services.myData.title}</span>
              </Link>
            </li>
            <li>
              <Link className="dropdown-item list-item" href="/appuntamenti">
                <span>{t.appointments.mine.title}</span>
              </Link>
            </li>
            <li>
              <LogoutForm csrfToken={csrfToken} label={t.header.logout} />
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}
