/**
 * The URL encoded in the certificate's QR code: `${publicUrl}/verifica/${code}?s=${sealToken}`.
 *
 * The token travels in the query, not in the fragment: it is printed on paper, so it is no secret, and a
 * query reaches the server, which lets the verification page be rendered server-side without client
 * JavaScript. The code is in the path so that typing just `${publicUrl}/verifica/${code}` also works.
 */
export function buildVerificationUrl(publicUrl: string, code: string, sealToken?: string): string {
  const base = `${verificationPageUrl(publicUrl)}/${encodeURIComponent(code)}`;
  return sealToken ? `${base}?s=${sealToken}` : base;
}

/** The page where a code is typed by hand, printed under the QR code. */
export function verificationPageUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verifica`;
}
