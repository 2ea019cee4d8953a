import { type ArgumentsHost, Logger } from '@nestjs/common';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemDetailsFilter } from './problem-details.filter.js';

/** Runs the filter on `exception` and returns the status, content type and problem it answered. */
function answer(exception: unknown) {
  const sent: { status?: number; type?: string; body?: string } = {};
  const response = {
    headersSent: false,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const request = { method: 'POST', originalUrl: '/api/feedback?x=1', id: 'req-1' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return {
    status: sent.status,
    type: sent.type,
    problem: JSON.parse(sent.body ?? '{}') as Record<string, unknown>,
  };
}

const postgresError = (code: string) =>
  new QueryFailedError('INSERT INTO feedback ...', [], Object.assign(new Error('driver'), { code }));

describe('ProblemDetailsFilter', () => {
  // The filter logs what it maps; the answers are what these tests check.
  beforeAll(() => Logger.overrideLogger(false));

  it.each([
    ['22021', 'caratteri non ammessi'],
    ['22P05', 'caratteri non ammessi'],
    ['22003', 'fuori dall’intervallo'],
    ['22P02', 'formato previsto'],
    ['22001', 'troppo lungo'],
  ])('should answer the input error %s from PostgreSQL with a 400 problem, not a 500', (code, words) => {
    const { status, type, problem } = answer(postgresError(code));
    expect(status).toBe(400);
    expect(type).toBe('application/problem+json');
    expect(problem).toMatchObject({ status: 400, code: 'INVALID_VALUE', instance: '/api/feedback' });
    expect(problem.detail).toContain(words);
  });

  it('should still answer other PostgreSQL errors with a 500 and an unavailable database with a 503', () => {
    expect(answer(postgresError('23505')).status).toBe(500);
    expect(answer(postgresError('42P01')).status).toBe(500);
    expect(answer(postgresError('57P01')).status).toBe(503);
  });

  // A transaction whose connection died between two statements (database-outage.spec.ts caught the second).
  it.each([
    ['QueryRunnerAlreadyReleasedError', new QueryRunnerAlreadyReleasedError()],
    ['QueryRunnerProviderAlreadyReleasedError', new QueryRunnerProviderAlreadyReleasedError()],
  ])('should answer %s, a transaction that lost its connection, with a 503', (_name, error) => {
    const { status, problem } = answer(error);
    expect(status).toBe(503);
    expect(problem).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });
  it('should still answer an unknown error with a 500', () => {
    expect(answer(new Error('boom')).status).toBe(500);
  });
});
