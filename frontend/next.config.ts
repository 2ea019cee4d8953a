import type { NextConfig } from 'next';

// The Content-Security-Policy is per request (it carries a nonce): see src/proxy.ts.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
      'magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * The faces of the text every page draws first (body text, 400, and the light `.lead`, 300), preloaded by the
 * answer's `Link` header: the largest paint of a page on a phone is text in one of them, and the browser would
 * otherwise ask for a face only once the stylesheet naming it has arrived (app/globals.css). A header rather than
 * `<link>` elements in the root layout, whose head is where Next.js streams each page's `<title>`.
 */
const firstFonts = ['titillium-web-v10-latin-ext_latin-regular', 'titillium-web-v10-latin-ext_latin-300']
  .map((face) => `</fonts/Titillium_Web/${face}.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin`)
  .join(', ');

const nextConfig: NextConfig = {
  // The production image runs the standalone server; `npm start` and the tests use `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // The monorepo root holds the hoisted node_modules (bootstrap-italia fonts and sprite).
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  // Bootstrap Italia is compiled from its Sass sources (src/styles/bootstrap-italia.scss), which still use
  // `@import` and Sass's global functions: their deprecation notices are the package's, not ours.
  sassOptions: {
    loadPaths: [new URL('../node_modules', import.meta.url).pathname],
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div'],
  },
  async headers() {
    // The backend sets its own headers on what it serves through the rewrites.
    return [
      { source: '/((?!api/|\\.well-known/).*)', headers: securityHeaders },
      { source: '/((?!api/|\\.well-known/|_next/|fonts/).*)', headers: [{ key: 'Link', value: firstFonts }] },
      // The fonts' file names carry their version (titillium-web-v10-…): a new version is a new address.
      {
        source: '/fonts/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ];
  },
};

export default nextConfig;
