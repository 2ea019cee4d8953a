/** Set by the backend, readable by scripts (double-submit cookie). */
export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'X-CSRF-Token';
/** The same token as a form field, for plain HTML forms posted without JavaScript. */
export const CSRF_FIELD = '_csrf';

export function isUnsafeMethod(method: string | undefined): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes((method ?? 'GET').toUpperCase());
}
