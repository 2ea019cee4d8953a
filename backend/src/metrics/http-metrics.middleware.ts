import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MetricsService } from './metrics.service.js';

/** The route label of requests no route matched (404s, static assets, failures before routing). */
export const UNMATCHED_ROUTE = 'unmatched';

/** Status label of a request whose client went away before the response was complete (as nginx logs it). */
const CLIENT_CLOSED = 499;

interface MatchedRoute {
  path?: unknown;
  methods?: Record<string, boolean>;
}

/**
 * The template of the route that handled the request (`/api/admin/roles/:fiscalCode`), never the raw URL: ids
 * and fiscal codes would make one time series per person and put personal data into the metrics. Nest mounts
 * module middleware as catch-all `ALL` routes, which stay in `req.route` when no handler follows: those count
 * as unmatched.
 */
export function routeTemplate(req: Pick<Request, 'baseUrl'> & { route?: MatchedRoute }): string {
  const route = req.route;
  if (typeof route?.path !== 'string' || route.methods?._all) return UNMATCHED_ROUTE;
  return `${req.baseUrl ?? ''}${route.path}`;
}

/** Times every request, from the first middleware to the last byte of the response. */
export function httpMetricsMiddleware(metrics: MetricsService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const done = metrics.startRequest();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      done(req.method, routeTemplate(req), res.writableFinished ? res.statusCode : CLIENT_CLOSED);
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}
