import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { loggableUrl } from './logger.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Probed every few seconds by orchestrators: a line each would drown the log. */
const UNLOGGED_PATHS = new Set(['/api/health']);

/**
 * One JSON line per request (`request completed`, or `request aborted` when the client went away first), with a
 * request id taken from `X-Request-Id` or generated, echoed back, and set on `req.id` for the request context.
 *
 * Written on the application's pino logger directly rather than with pino-http: pino-http builds a child logger
 * per request (its bindings serialized and redacted up front, for a `req.log` nobody here uses), which was a
 * tenth of the CPU of an authenticated read (docs/performance.md). The record is the same shape: `req` (id,
 * method, URL with query values dropped), `res.statusCode`, `responseTime` in ms; level `error` for a 5xx.
 */
export function httpLogger(logger: Logger) {
  return (req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const url = req.url ?? '';
    if (UNLOGGED_PATHS.has(url)) {
      next();
      return;
    }
    const started = performance.now();
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const record = {
        req: { id, method: req.method, url: loggableUrl(url) },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!res.writableFinished) logger.warn(record, 'request aborted');
      else if (res.statusCode >= 500) logger.error(record, 'request completed');
      else logger.info(record, 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
