import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PreparingClient, prepared, preparedName } from '../src/common/sql/prepared-statements.js';

const MARKED = prepared('SELECT $1::int + 1 AS next, current_setting($2) AS setting');
const UNMARKED = 'SELECT $1::int * 2 AS doubled';
const PREPARED_HERE = 'SELECT name, statement FROM pg_prepared_statements ORDER BY name';

describe('prepared statements of the hot paths', () => {
  // One connection: PostgreSQL lists a session's prepared statements to that session only.
  const pool = new pg.Pool({
    connectionString: inject('stack').databaseUrl,
    max: 1,
    Client: PreparingClient,
  });
  afterAll(() => pool.end());

  it('should prepare a marked statement once on the connection, through the pool and a checked-out client', async () => {
    // The pool's own query (pg passes a callback) and a held client (awaited, as TypeORM's query runner does).
    const first = await pool.query(MARKED, [41, 'application_name']);
    expect(first.rows).toEqual([{ next: 42, setting: expect.any(String) }]);
    const client = await pool.connect();
    try {
      const again = await client.query(MARKED, [1, 'server_version']);
      expect(again.rows[0].next).toBe(2);
      expect((await client.query(UNMARKED, [21])).rows).toEqual([{ doubled: 42 }]);
      const { rows } = await client.query(PREPARED_HERE);
      // The marked text once, under its name; the unmarked text and the listing itself not at all.
      expect(rows).toEqual([{ name: preparedName(MARKED), statement: MARKED }]);
    } finally {
      client.release();
    }
  });

  it('should answer a database error of a marked statement as the statement’s own error, and keep it usable', async () => {
    await expect(pool.query(MARKED, ['not a number', 'application_name'])).rejects.toMatchObject({
      code: '22P02',
    });
    expect((await pool.query(MARKED, [9, 'application_name'])).rows[0].next).toBe(10);
  });

  it('should give every marked text its own name, the same for the same text', () => {
    expect(preparedName(MARKED)).toMatch(/^p_[0-9a-f]{24}$/);
    expect(prepared(MARKED)).toBe(MARKED);
    expect(preparedName(prepared('SELECT 1 WHERE $1::int > 0'))).not.toBe(preparedName(MARKED));
    expect(preparedName(UNMARKED)).toBeUndefined();
  });
});
