import type { NextRequest } from 'next/server';
import { certificateRoutes } from '../../../lib/certificates/certificate-routes';

/**
 * `GET /verifica/cerca?codice=...`: the target of the code form. A plain form cannot put the code in the path,
 * so this answers with a real redirect to `/verifica/{code}`, which works in every browser without scripts.
 */
export function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get('codice')?.trim().slice(0, 64);
  // A relative Location keeps the browser on the host it used, whatever proxy sits in front.
  const location = code
    ? `${certificateRoutes.verify}/${encodeURIComponent(code)}`
    : certificateRoutes.verify;
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}
