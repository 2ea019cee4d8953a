import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';

/**
 * Keys no DTO of the portal has. JSON.parse and the query parsers keep `__proto__` as an own property, and a
 * merge or `Object.assign` further down would then replace an object's prototype (prototype pollution).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

export interface HostileInput {
  /** Dotted path of the offending value, as the ValidationPipe names fields (`owners.0.fiscalCode`). */
  field: string;
  reason: string;
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * The first value of a parsed request that no field of the portal may hold, walked without recursion:
 * a NUL character in any text or key (PostgreSQL cannot store it in `text` and answers 22021/22P05), text
 * that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON's `\ud800` escape can carry: it has no
 * UTF-8 form, and validators that percent-encode, like `isEmail`, throw on it), or a `__proto__`/`constructor` key.
 */
export function findHostileInput(root: unknown, rootField = ''): HostileInput | undefined {
  const pending: [unknown, string][] = [[root, rootField]];
  while (pending.length > 0) {
    const [value, field] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return { field: field || 'body', reason: 'contiene un carattere non ammesso (NUL)' };
      if (!value.isWellFormed())
        return {
          field: field || 'body',
          reason: 'contiene un carattere non valido (surrogato Unicode isolato)',
        };
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    for (const key of Object.keys(value)) {
      if (key.includes('\u0000') || !key.isWellFormed())
        return {
          field: join(field, key.replaceAll('\u0000', '').toWellFormed()),
          reason: 'non è un campo previsto',
        };
      if (FORBIDDEN_KEYS.has(key)) return { field: join(field, key), reason: 'non è un campo previsto' };
      pending.push([(value as Record<string, unknown>)[key], join(field, key)]);
    }
  }
  return undefined;
}

/** Same shape as the ValidationPipe's refusals, so clients read one kind of 400 whatever caught the value. */
export function hostileInputError({ field, reason }: HostileInput): DomainError {
  return new DomainError({
    code: 'VALIDATION_FAILED',
    status: 400,
    detail: `Il campo «${field}» ${reason}.`,
    field,
    extra: { errors: [{ field, reason }] },
  });
}

/**
 * Refuses hostile values in the JSON or form body and the query string of every request, before any guard,
 * service or query sees them: routes that ignore their body or read a single query parameter are covered too.
 */
export function refuseHostileInput(req: Request, _res: Response, next: NextFunction) {
  const found = findHostileInput(req.body) ?? findHostileInput(req.query);
  if (found) return next(hostileInputError(found));
  next();
}

/**
 * The same check on what the middleware cannot see: path parameters (known only once routed) and multipart
 * fields (parsed by the upload interceptor after it). Registered before the ValidationPipe.
 */
export class HostileInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = findHostileInput(value, metadata.data ?? '');
    if (found) throw hostileInputError(found);
    return value;
  }
}
