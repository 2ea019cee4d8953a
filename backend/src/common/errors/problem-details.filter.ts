import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { DomainError } from './domain-error.js';
import { PROBLEM_CONTENT_TYPE, type Problem, STATUS_TITLES } from './problem.js';

const DATABASE_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // TypeORM releases a transaction's query runner when its connection dies (e.g. PostgreSQL shut down between
  // two statements): the next statement then fails with one of these instead of a connection error (the
  // second from `manager.query`, which `AuditService.record` uses for an event inside a transaction).
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  if (error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const code = (error as { code?: string }).code;
  if (code && DATABASE_UNAVAILABLE.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(
    error.message,
  );
}

/**
 * PostgreSQL errors that only a value sent by the client can cause. Validation should stop such values first;
 * when one slips through, the client still gets a 400 (and operators a warning), not a 500.
 */
const INVALID_INPUT_SQLSTATES: Record<string, string> = {
  '22001': 'Un testo inviato è troppo lungo.',
  '22003': 'Un numero inviato è fuori dall’intervallo ammesso.',
  '22007': 'Una data inviata non è valida.',
  '22008': 'Una data inviata è fuori dall’intervallo ammesso.',
  '22021': 'Un testo inviato contiene caratteri non ammessi.',
  '22P02': 'Un valore inviato non ha il formato previsto.',
  '22P05': 'Un testo inviato contiene caratteri non ammessi.',
};

function invalidInputSqlState(exception: unknown): string | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code in INVALID_INPUT_SQLSTATES ? code : undefined;
}

/** Maps HTTP statuses that Nest or Express raise on their own to a code and an Italian detail. */
const HTTP_DEFAULTS: Record<number, { code: string; detail: string }> = {
  400: { code: 'BAD_REQUEST', detail: 'La richiesta non è valida.' },
  401: { code: 'UNAUTHENTICATED', detail: 'Per continuare è necessario accedere con SPID o CIE.' },
  403: { code: 'FORBIDDEN', detail: 'Non hai i permessi per questa operazione.' },
  404: { code: 'NOT_FOUND', detail: 'La risorsa richiesta non esiste.' },
  405: { code: 'METHOD_NOT_ALLOWED', detail: 'Metodo non consentito per questa risorsa.' },
  413: { code: 'PAYLOAD_TOO_LARGE', detail: 'Il contenuto inviato supera la dimensione massima consentita.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Il tipo di contenuto inviato non è supportato.' },
  429: { code: 'TOO_MANY_REQUESTS', detail: 'Troppe richieste: riprova tra poco.' },
};

/**
 * The one place where failures become HTTP answers: every error is an `application/problem+json`
 * document with a stable `code`, an Italian `detail` and, where known, the offending `field`.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    problem.requestId = typeof request.id === 'string' ? request.id : undefined;
    const sqlState = invalidInputSqlState(exception);
    if (sqlState) {
      // Not the driver's message: for 22P02 it quotes the value, which may be personal data.
      this.logger.warn(
        `Input reached PostgreSQL unvalidated (${sqlState}) on ${request.method} ${problem.instance}`,
      );
    }
    if (problem.status >= 500) {
      this.logger.error(
        `${problem.code} on ${request.method} ${problem.instance}: ${exception instanceof Error ? exception.message : String(exception)}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (response.headersSent) return;
    if (problem.status === 503) response.setHeader('Retry-After', '5');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return this.problem(exception.status, exception.code, exception.detail, {
        ...(exception.field ? { field: exception.field } : {}),
        ...exception.extra,
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // Terminus reports which dependency failed: keep it for operators and load balancers.
      if (status === 503 && typeof body === 'object' && body !== null && 'details' in body) {
        return this.problem(503, 'NOT_READY', 'Il servizio non è pronto: il database non risponde.', {
          checks: (body as { details: unknown }).details,
        });
      }
      const fallback = HTTP_DEFAULTS[status] ?? {
        code: `HTTP_${status}`,
        detail: STATUS_TITLES[status] ?? 'Errore.',
      };
      return this.problem(status, fallback.code, fallback.detail);
    }
    // Errors raised by body-parser and friends carry a `status` (e.g. 400 malformed JSON, 413 too large).
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const fallback = HTTP_DEFAULTS[status] ?? HTTP_DEFAULTS[400]!;
      const detail =
        (exception as { type?: string }).type === 'entity.parse.failed'
          ? 'Il corpo della richiesta non è un JSON valido.'
          : fallback.detail;
      return this.problem(status, fallback.code, detail);
    }
    const sqlState = invalidInputSqlState(exception);
    if (sqlState) {
      return this.problem(400, 'INVALID_VALUE', INVALID_INPUT_SQLSTATES[sqlState]!);
    }
    if (
      isDatabaseUnavailable(exception) ||
      (exception instanceof QueryFailedError && isDatabaseUnavailable(exception.driverError))
    ) {
      return this.problem(
        503,
        'DATABASE_UNAVAILABLE',
        'Il servizio è momentaneamente non disponibile. Riprova tra qualche minuto.',
      );
    }
    return this.problem(500, 'INTERNAL_ERROR', 'Si è verificato un errore imprevisto. Riprova più tardi.');
  }

  private problem(
    status: number,
    code: string,
    detail: string,
    extra: Record<string, unknown> = {},
  ): Problem {
    return {
      type: `urn:portale:problem:${code.toLowerCase().replaceAll('_', '-')}`,
      title: STATUS_TITLES[status] ?? 'Errore',
      status,
      detail,
      code,
      ...extra,
    };
  }
}
