'use client';

import { type FormEvent, useState } from 'react';
import { logout } from '../../lib/api/auth-client';
import { CSRF_FIELD } from '../../lib/api/csrf';
import { Icon } from '../icon/icon';

export interface LogoutFormProps {
  csrfToken: string | undefined;
  label: string;
}

/**
 * A real form, so logging out works without JavaScript (token in the `_csrf` field). With
 * JavaScript the request goes through `lib/api` with the CSRF header, then the page reloads at `/`.
 */
export function LogoutForm({ csrfToken, label }: LogoutFormProps) {
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      await logout();
      window.location.assign('/');
    } catch {
      form.submit();
    }
  }

  return (
    <form method="post" action="/api/auth/logout" onSubmit={onSubmit}>
      <input type="hidden" name={CSRF_FIELD} value={csrfToken ?? ''} />
      <button type="submit" className="dropdown-item list-item portal-logout-button" disabled={pending}>
        <Icon name="logout" className="icon-sm me-2" />
        <span>{label}</span>
      </button>
    </form>
  );
}
