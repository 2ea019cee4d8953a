/**
 * Keeps a post-login or post-switch destination on this site: only a path starting with a single `/`
 * is accepted (no `//host`, no `/\host`, no scheme), anything else becomes `/`.
 */
export function safeReturnTo(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate?.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return '/';
  }
  // Control characters (tabs, newlines) are stripped by URL parsers and can smuggle a host.
  if ([...candidate].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return '/';
  const parsed = new URL(candidate, 'http://portal.invalid');
  return parsed.origin === 'http://portal.invalid' ? `${parsed.pathname}${parsed.search}${parsed.hash}` : '/';
}
