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
}

export function UserMenu({ user, csrfToken, t }: UserMenuProps) {
  const fullName = `${user.givenName} ${user.familyName}`;
  return (
    <details className="it-user-wrapper nav-item dropdown portal-dropdown">
      <summary
        className="btn btn-primary btn-icon btn-full"
        aria-label={formatMessage(t.header.userMenu, { name: fullName })}
      >
        <span className="rounded-icon" aria-hidden="true">
          <Icon name="user" className="icon-primary" />
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
              </Link>
            </li>
            <li>
              <Link className="dropdown-item list-item" href={routes.myData}>
                <span>{t.services.myData.title}</span>
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
