/**
 * The one rule for return addresses (after login, after a language switch, after a form post), shared by the
 * backend and the frontend: both compile this file from here, so there is no second copy to drift. It imports
 * nothing, so it builds under the backend's `nodenext` and the frontend's `bundler` module settings alike.
 *
 * A return address is accepted only as the path a browser would reach on this site: it is parsed the way
 * browsers parse it (WHATWG URL), and the verdict is taken on the normalised path, which is also what is
 * returned. Checking the raw string and returning the normalised one is how `/.//evil.example` became
 * `//evil.example` (a protocol-relative URL to another host).
 */

/** Longer values are not paths of this portal; refusing them keeps parsing cheap. */
export const RETURN_ADDRESS_MAX_LENGTH = 2048;

/** A placeholder origin: only whether the value stays on it matters, never its name. */
const BASE = 'http://portal.invalid';

/** C0 controls and DEL, which URL parsers drop or stop at, and backslashes, which they read as `/`. */
function hasUnsafeCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/** `//host` and `/\host` are read by browsers (and some proxies) as another host. */
function looksLikeAnotherHost(path: string): boolean {
  return path.length > 1 && (path[1] === '/' || path[1] === '\\');
}

/** The path decoded as far as it goes: proxies and frameworks in front of a route may decode it again. */
function fullyDecoded(path: string): string | null {
  let current = path;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      // A malformed escape decodes to nothing anywhere, so it cannot turn into a slash either.
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * The same-origin path `value` leads to (`/path?query#fragment`, normalised), or `null` when it is not one:
 * another host, a scheme, control characters or backslashes anywhere, a path that once decoded would name
 * another host, or more than `RETURN_ADDRESS_MAX_LENGTH` characters. Of a repeated query parameter, the first
 * value counts.
 */
export function normaliseReturnAddress(value: unknown): string | null {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== 'string' || candidate.length > RETURN_ADDRESS_MAX_LENGTH) return null;
  if (!candidate.startsWith('/') || hasUnsafeCharacter(candidate)) return null;
  let parsed: URL;
  try {
    parsed = new URL(candidate, BASE);
  } catch {
    return null;
  }
  if (parsed.origin !== BASE) return null;
  const normalised = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  if (!normalised.startsWith('/') || looksLikeAnotherHost(normalised)) return null;
  const decoded = fullyDecoded(parsed.pathname);
  if (decoded === null || looksLikeAnotherHost(decoded) || hasUnsafeCharacter(decoded)) return null;
  // A second parse must leave it as it is: what the browser resolves is what was checked.
  const reparsed = new URL(normalised, BASE);
  if (reparsed.origin !== BASE || `${reparsed.pathname}${reparsed.search}${reparsed.hash}` !== normalised) {
    return null;
  }
  return normalised;
}

/** Where to go back to: the normalised same-origin path of `value`, else `fallback` (the home page). */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  return normaliseReturnAddress(value) ?? fallback;
}
