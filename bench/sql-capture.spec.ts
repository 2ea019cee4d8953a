import { describe, expect, it } from 'vitest';
import { captureToVariant, describeVariant, freshLike } from './lib/sql-capture.mjs';

const statement = (connection: number, sql: string, start: number, end: number, params?: unknown[]) => ({
  connection,
  sql,
  start,
  end,
  ...(params ? { params } : {}),
});

describe('a recorded request as a bare-server variant', () => {
  it('should run in one parallel step the statements whose executions overlapped, and the rest in order', () => {
    const variant = captureToVariant([
      statement(1, 'SELECT rows', 0, 5),
      statement(2, 'SELECT count(*)', 0.2, 4),
      statement(1, 'INSERT INTO audit_event', 6, 7),
    ]);
    expect(variant).toEqual([
      [{ sql: 'SELECT rows' }, { sql: 'SELECT count(*)' }],
      { sql: 'INSERT INTO audit_event' },
    ]);
    expect(describeVariant(variant)).toBe('3 statements, 1 parallel step');
  });

  it('should keep the name a statement was prepared under, so the bare server prepares it too', () => {
    const variant = captureToVariant([
      {
        ...statement(1, 'SELECT person WHERE fiscal_code = $1', 0, 1, ['RSSMRA80A01F205X']),
        name: 'p_person',
      },
      statement(1, 'INSERT INTO audit_event', 2, 3),
    ]);
    expect(variant).toEqual([
      { sql: 'SELECT person WHERE fiscal_code = $1', params: ['RSSMRA80A01F205X'], name: 'p_person' },
      { sql: 'INSERT INTO audit_event' },
    ]);
  });

  it('should keep a transaction on one connection, from BEGIN to COMMIT', () => {
    const variant = captureToVariant([
      statement(3, 'START TRANSACTION ISOLATION LEVEL REPEATABLE READ', 0, 1),
      statement(3, 'INSERT INTO issued_certificate', 1, 2, ['id-1']),
      statement(3, 'COMMIT', 2, 3),
      statement(3, 'SELECT after', 3, 4),
    ]);
    expect(variant).toEqual([
      { sql: 'START TRANSACTION ISOLATION LEVEL REPEATABLE READ', tx: 'c3' },
      { sql: 'INSERT INTO issued_certificate', params: ['id-1'], tx: 'c3' },
      { sql: 'COMMIT', tx: 'c3' },
      { sql: 'SELECT after' },
    ]);
  });

  it('should leave out the session layer, which the bare server does not have', () => {
    const variant = captureToVariant([
      statement(1, 'SELECT sess FROM "user_session" WHERE sid = $1', 0, 1, ['s']),
      statement(1, 'SELECT u.*, array_agg(r.role) FROM app_user u LEFT JOIN role_grant r', 1, 2),
      statement(1, 'SELECT * FROM registry_person', 2, 3),
    ]);
    expect(variant).toEqual([{ sql: 'SELECT * FROM registry_person' }]);
  });

  it('should mark the values a request creates as fresh, wherever they are a whole parameter', () => {
    const [insert] = captureToVariant(
      [statement(1, 'INSERT', 0, 1, ['7d0f7a7c-1111-4222-8333-944455556666', 'ABCD1234', 'other', null])],
      { fresh: ['7d0f7a7c-1111-4222-8333-944455556666', 'ABCD1234'] },
    );
    expect(insert).toEqual({
      sql: 'INSERT',
      params: [{ fresh: '7d0f7a7c-1111-4222-8333-944455556666' }, { fresh: 'ABCD1234' }, 'other', null],
    });
  });
});

describe('a fresh value', () => {
  it('should keep the shape of the original: a UUID, or digits and letters in their places', () => {
    expect(freshLike('7d0f7a7c-1111-4222-8333-944455556666')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(freshLike('AB12-cd')).toMatch(/^[A-Z]{2}[0-9]{2}-[a-z]{2}$/);
    expect(new Set(Array.from({ length: 20 }, () => freshLike('ABCDEFGH12345678'))).size).toBe(20);
  });
});
