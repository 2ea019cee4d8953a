import type { Request } from 'express';
import { cookieLocale } from '../../common/http/request-context.js';

/**
 * The language the person reads the portal in: the frontend's `lang` cookie reaches the backend's login
 * callback through the same origin. Undefined when there is none, so a stored preference is kept.
 */
export function portalLocale(req: Pick<Request, 'headers'>): 'it' | 'en' | undefined {
  return cookieLocale(req.headers.cookie);
}
