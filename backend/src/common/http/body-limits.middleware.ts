import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';

const payloadTooLarge = () =>
  new DomainError({
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    detail: 'Il contenuto inviato supera la dimensione massima consentita.',
  });

const tooDeep = (maxDepth: number) =>
  new DomainError({
    code: 'JSON_TOO_DEEP',
    status: 400,
    detail: `Il corpo della richiesta ha troppi livelli annidati (al massimo ${maxDepth}).`,
  });

/**
 * Refuses at once, and closes the connection, when the declared length of a body is far over its type's limit
 * (`factor` times): the body parser would first read the whole declared body, gigabytes if a client says so,
 * only to throw it away. Bodies a little over the limit are left to the body parser, which answers 413 after
 * draining them: closing the connection under a client still sending would lose the answer (a reset instead).
 */
export function declaredBodyLimit(limits: { type: string; maxBytes: number }[], factor = 16) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length']);
    const limit = Number.isFinite(declared) ? limits.find(({ type }) => req.is(type)) : undefined;
    if (limit && declared > limit.maxBytes * factor) {
      res.setHeader('Connection', 'close');
      return next(payloadTooLarge());
    }
    next();
  };
}

/** Whether `root` nests objects and arrays deeper than `maxDepth`, walked without recursion. */
export function nestsDeeperThan(root: unknown, maxDepth: number): boolean {
  const pending: [unknown, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses parsed bodies nested deeper than any DTO of the portal: validation and class-transformer recurse
 * over the body, and a few kilobytes of `[[[[...]]]]` would exhaust their stack (a 500).
 */
export function bodyDepthLimit(maxDepth: number) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (nestsDeeperThan(req.body, maxDepth)) return next(tooDeep(maxDepth));
    next();
  };
}
