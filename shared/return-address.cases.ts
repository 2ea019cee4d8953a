/**
 * The cases every implementation of the return-address rule must pass. The backend and the frontend run this
 * same table against the function each of them imports (`backend/src/auth/login/return-address.spec.ts`,
 * `frontend/src/lib/auth/safe-return-to.spec.ts`).
 */
export interface ReturnAddressCase {
  name: string;
  input: unknown;
  /** The normalised same-origin path, or `null` when the value must be refused. */
  expected: string | null;
}

const LONG_PATH = `/${'a'.repeat(4096)}`;

export const RETURN_ADDRESS_CASES: ReturnAddressCase[] = [
  { name: 'a local path', input: '/certificati', expected: '/certificati' },
  {
    name: 'a local path with query and fragment',
    input: '/certificati?tipo=residenza#modulo',
    expected: '/certificati?tipo=residenza#modulo',
  },
  { name: 'the home page', input: '/', expected: '/' },
  { name: 'dot segments that stay on the site', input: '/a/./b/../c', expected: '/a/c' },
  {
    name: 'a query that names another host',
    input: '/cerca?q=//evil.example',
    expected: '/cerca?q=//evil.example',
  },
  { name: 'an encoded letter', input: '/pratiche/citt%C3%A0', expected: '/pratiche/citt%C3%A0' },
  {
    name: 'the first of repeated values',
    input: ['/pagamenti', 'https://evil.example'],
    expected: '/pagamenti',
  },
  { name: 'a missing value', input: undefined, expected: null },
  { name: 'null', input: null, expected: null },
  { name: 'an empty string', input: '', expected: null },
  { name: 'a number', input: 42, expected: null },
  { name: 'an empty list', input: [], expected: null },
  { name: 'protocol-relative', input: '//evil.example', expected: null },
  { name: 'protocol-relative with a path', input: '//evil.example/x', expected: null },
  { name: 'slash backslash', input: '/\\evil.example', expected: null },
  { name: 'backslash slash', input: '\\/evil.example', expected: null },
  { name: 'a backslash later in the path', input: '/a\\b', expected: null },
  { name: 'a single-dot segment before two slashes', input: '/.//evil.example', expected: null },
  {
    name: 'the query-decoded form of %2F.%2F%2Fevil',
    input: decodeURIComponent('%2F.%2F%2Fevil.example'),
    expected: null,
  },
  { name: 'the still-encoded %2F.%2F%2Fevil', input: '%2F.%2F%2Fevil.example', expected: null },
  { name: 'encoded slashes', input: '/%2F%2Fevil.example', expected: null },
  { name: 'encoded slashes in lower case', input: '/%2f%2fevil.example', expected: null },
  { name: 'an encoded slash after a slash', input: '//%2Fevil.example', expected: null },
  { name: 'an encoded backslash', input: '/%5Cevil.example', expected: null },
  { name: 'a double-dot segment before two slashes', input: '/..//evil.example', expected: null },
  { name: 'a double-dot segment deeper in the path', input: '/a/..//evil.example', expected: null },
  { name: 'encoded dots', input: '/%2e%2e//evil.example', expected: null },
  { name: 'encoded dots in upper case', input: '/%2E%2E//evil.example', expected: null },
  { name: 'a single encoded dot', input: '/%2e//evil.example', expected: null },
  { name: 'doubly encoded slashes', input: '/%252F%252Fevil.example', expected: null },
  { name: 'a tab between the slashes', input: '/\t/evil.example', expected: null },
  { name: 'a newline between the slashes', input: '/\n/evil.example', expected: null },
  { name: 'a carriage return between the slashes', input: '/\r/evil.example', expected: null },
  { name: 'a tab inside a harmless path', input: '/certi\tficati', expected: null },
  { name: 'a leading space', input: ' //evil.example', expected: null },
  { name: 'a NUL', input: '/certificati\u0000', expected: null },
  { name: 'an encoded NUL', input: '/certificati%00', expected: null },
  { name: 'DEL', input: '/\u007f/evil.example', expected: null },
  { name: 'javascript: scheme', input: 'javascript:alert(1)', expected: null },
  { name: 'javascript: scheme in upper case', input: 'JAVASCRIPT:alert(1)', expected: null },
  { name: 'javascript: after a slash', input: '/javascript:alert(1)', expected: '/javascript:alert(1)' },
  { name: 'data: scheme', input: 'data:text/html,<script>alert(1)</script>', expected: null },
  { name: 'an absolute https URL', input: 'https://evil.example/phish', expected: null },
  { name: 'an absolute URL with no slashes', input: 'https:evil.example', expected: null },
  { name: 'an absolute URL to the placeholder origin', input: 'http://portal.invalid/x', expected: null },
  { name: 'a relative path without a leading slash', input: 'certificati', expected: null },
  { name: 'a user-info trick', input: '/@evil.example', expected: '/@evil.example' },
  { name: 'a very long path', input: LONG_PATH, expected: null },
];

/**
 * What "same origin" means for a result: a path with a single leading slash that a browser on
 * `https://portal.example` resolves to a URL on that same origin.
 */
export function staysOnOrigin(path: string): boolean {
  const origin = 'https://portal.example';
  return (
    path.startsWith('/') &&
    path[1] !== '/' &&
    path[1] !== '\\' &&
    new URL(path, `${origin}/some/page`).origin === origin
  );
}
