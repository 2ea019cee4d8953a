import type { NextFunction, Request, Response } from 'express';

/**
 * Marks every answer `Cache-Control: no-store` before any route runs: most of the API carries personal data
 * (registry records, certificates, F24, practices, the session's own user), and a route forgotten by a
 * per-route header would let a shared cache or the browser's disk keep it. A route whose answer may be cached
 * says so itself (`@Header('Cache-Control', ...)` replaces this value); none does today.
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
