import { type NextRequest, NextResponse } from 'next/server';
import { personalAreaRoutes } from './components/personal-area/personal-area-routes';
import { routes } from './lib/routes';
import { buildContentSecurityPolicy } from './lib/security/content-security-policy';

/** Read per request, so one build serves any backend (tests on random ports, replicas behind a balancer). */
const backendUrl = () => (process.env.BACKEND_URL ?? 'http://localhost:3001').replace(/\/+$/, '');

/** Sections whose pages show the signed-in person's data or the offices' records (the home is the dashboard). */
const PERSONAL_SECTIONS = [
  routes.myData,
  routes.certificates,
  routes.payments,
  routes.permits,
  personalAreaRoutes.messages,
  routes.backOffice,
  '/appuntamenti',
  '/prenotazione-appuntamenti/conferma',
];

function showsPersonalData(pathname: string): boolean {
  return (
    pathname === routes.home ||
    PERSONAL_SECTIONS.some((section) => pathname === section || pathname.startsWith(`${section}/`))
  );
}

export function proxy(request: NextRequest) {
  // The browser sees one origin: federation documents go to the backend as they are. `/api` is not matched:
  // its route handler (app/api/[...path]) streams requests to the backend, which this proxy would buffer.
  if (request.nextUrl.pathname.startsWith('/.well-known/')) {
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
  // Next already marks pages rendered per request no-store; this keeps it so should one of these pages ever be
  // prerendered or revalidated, which would make it cacheable (Next leaves a Cache-Control set here alone).
  if (showsPersonalData(request.nextUrl.pathname)) response.headers.set('cache-control', 'no-store');
  return response;
}

export const config = {
  matcher: [
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
