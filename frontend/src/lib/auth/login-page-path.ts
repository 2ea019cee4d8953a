import { routes } from '../routes';

/** The login page, coming back to `returnTo` once the person has logged in. */
export function loginPagePath(returnTo: string): string {
  return `${routes.login}?${new URLSearchParams({ returnTo })}`;
}
