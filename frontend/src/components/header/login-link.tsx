'use client';

import { usePathname } from 'next/navigation';
import { routes } from '../../lib/routes';
import { Icon } from '../icon/icon';

// Coming back to these after logging in makes no sense.
const authPages: string[] = [routes.login, routes.sessionExpired, routes.loginError];

export function LoginLink({ label }: { label: string }) {
  const pathname = usePathname();
  const href = authPages.includes(pathname)
    ? routes.login
    : `${routes.login}?${new URLSearchParams({ returnTo: pathname })}`;

  return (
    <a className="btn btn-primary btn-icon btn-full" href={href} data-element="personal-area-login">
      <span className="rounded-icon" aria-hidden="true">
        <Icon name="user" className="icon-primary" />
      </span>
      <span className="d-none d-lg-block">{label}</span>
      <span className="visually-hidden d-lg-none">{label}</span>
    </a>
  );
}
