import { forwardToBackend } from '../../../lib/api/forward-to-backend';

// Every `/api` request reaches the backend through here, streamed both ways: see forwardToBackend. The proxy
// (src/proxy.ts) leaves these paths alone, or Next would buffer their bodies for it.
export const dynamic = 'force-dynamic';

export const GET = forwardToBackend;
export const HEAD = forwardToBackend;
export const POST = forwardToBackend;
export const PUT = forwardToBackend;
export const PATCH = forwardToBackend;
export const DELETE = forwardToBackend;
export const OPTIONS = forwardToBackend;
