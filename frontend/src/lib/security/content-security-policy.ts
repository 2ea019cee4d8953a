export interface ContentSecurityPolicyOptions {
  nonce: string;
  /** Development needs `'unsafe-eval'` for React's server error stacks and relaxed styles for hot reload. */
  development: boolean;
  /** Only behind HTTPS: on plain-HTTP localhost the upgrade would break same-origin form posts. */
  upgradeInsecureRequests: boolean;
}

/**
 * A nonce-based strict policy (the approach the Next.js 16 CSP guide recommends): Next.js reads the
 * nonce from the request's Content-Security-Policy header and puts it on its own scripts, and
 * `'strict-dynamic'` lets those scripts load the chunks they import.
 */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const { nonce, development, upgradeInsecureRequests } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // `https:` for the comune's logo, which may live on its institutional website.
    "img-src 'self' data: blob: https:",
    // Bootstrap Italia's stylesheet embeds its video player's icon font as a data: URL.
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (upgradeInsecureRequests) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
