import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, resolveLocale } from '../../i18n/locale';
import { safeReturnTo } from '../../lib/auth/safe-return-to';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** `GET /lingua?to=en&returnTo=/privacy`: remembers the language and goes back to the page. */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  // A relative Location keeps the browser on the host it used, whatever proxy sits in front.
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: safeReturnTo(query.get('returnTo')), 'cache-control': 'no-store' },
  });
  response.cookies.set(LOCALE_COOKIE, resolveLocale(query.get('to')), {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    secure: request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:',
  });
  return response;
}
