import type { Request } from 'express';

/**
 * The language the person reads the portal in: the frontend's `lang` cookie reaches the backend's login
 * callback through the same origin. Undefined when there is none, so a stored preference is kept.
 */
export function portalLocale(req: Pick<Request, 'headers'>): 'it' | 'en' | undefined {
  const match = /(?:^|;\s*)lang=(it|en)(?:;|$)/.exec(req.headers.cookie ?? '');
  return match ? (match[1] as 'it' | 'en') : undefined;
}
