import type { LoggerService } from '@nestjs/common';
import { type Logger, pino } from 'pino';

/**
 * A codice fiscale anywhere in a logged string is personal data: it is masked, also inside a longer token
 * (`/roles/RSSMRA80A01I914Xx`), at the price of masking the odd identifier that happens to look like one.
 */
const FISCAL_CODE = /[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]/gi;
const EMAIL = /[\w.+-]+@([\w-]+\.)+[\w-]+/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(FISCAL_CODE, (code) => `${code.slice(0, 3)}*************`)
    .replace(EMAIL, (address) => `***@${address.split('@')[1]}`);
}

/**
 * A request URL fit for the log: query values are search terms, owners' codici fiscali, names, so only the
 * parameter names are kept.
 */
export function loggableUrl(url: string): string {
  const separator = url.indexOf('?');
  if (separator === -1) return maskPersonalData(url);
  const names = [...new URLSearchParams(url.slice(separator + 1)).keys()];
  return `${maskPersonalData(url.slice(0, separator))}?${names.map((name) => `${maskPersonalData(name)}=…`).join('&')}`;
}

/**
 * Masks the strings of a log record's plain data, a few levels down (Nest's trace and context, ad-hoc fields).
 * Live objects (requests, responses, errors) are left to their serializers.
 */
function maskRecord(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskRecord(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskRecord(item, depth + 1)]));
}

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'portale-backend' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    formatters: {
      level: (label) => ({ level: label }),
      log: (record) => maskRecord(record) as Record<string, unknown>,
    },
    // Every message, whoever logs it (Nest, services, the HTTP logger), is masked before it is written.
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? maskPersonalData(arg) : arg)) as Parameters<
            typeof method
          >,
        );
      },
    },
  });
}

/** Routes Nest's own log calls into the same JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
