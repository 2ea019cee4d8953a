import { type NextRequest, NextResponse } from 'next/server';
import { buildContentSecurityPolicy } from './lib/security/content-security-policy';

/** Read per request, so one build serves any backend (tests on random ports, replicas behind a balancer). */
const backendUrl = () => (process.env.BACKEND_URL ?? 'http://localhost:3001').replace(/\/+$/, '');

function forwardsToBackend(pathname: string): boolean {
  return pathname.startsWith('/api/') || pathname.startsWith('/.well-known/');
}

export function proxy(request: NextRequest) {
  // The browser sees one origin: API and federation paths go to the backend as they are.
  if (forwardsToBackend(request.nextUrl.pathname)) {
    return NextResponse.rewrite(
      new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, backendUrl()),
    );
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const policy = buildContentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    upgradeInsecureRequests: (forwardedProto ?? request.nextUrl.protocol.replace(':', '')) === 'https',
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/api/:path*',
    '/.well-known/:path*',
    {
      source: '/((?!api/|\\.well-known/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
