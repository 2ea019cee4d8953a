import { describe, expect, inject, it } from 'vitest';
import {
  APPLICANT_REQUEST_KINDS,
  PRACTICE_STATES,
  RESIDENT_BUCKETS,
} from '../src/permits/domain/practice-state.js';
import { testDb } from './support/db.js';

/** The values a one-column CHECK constraint of the migrated database allows. */
async function allowedValues(table: string, column: string): Promise<string[]> {
  const { rows } = await testDb().query<{ name: string; definition: string }>(
    `SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'c' AND cardinality(k.conkey) = 1 AND c.relname = $1 AND a.attname = $2`,
    [table, column],
  );
  expect(rows, `one CHECK constraint on ${table}.${column}`).toHaveLength(1);
  // The name the migration that adds a state drops and re-creates (see src/permits/README.md).
  expect(rows[0].name).toBe(`${table}_${column}_check`);
  return [...rows[0].definition.matchAll(/'([^']*)'/g)].map((match) => match[1]).sort();
}

async function columnLength(table: string, column: string): Promise<number> {
  const { rows } = await testDb().query<{ length: number }>(
    `SELECT character_maximum_length AS length FROM information_schema.columns
      WHERE table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return rows[0].length;
}

// The domain's table of states is the list; the database keeps its own copy in CHECK constraints, which only a
// migration changes. A state added to the table without its migration fails here, not on the first save.
describe('the permit states in the database', () => {
  it.each([
    ['permit_practice', 'state'],
    ['permit_transition', 'from_state'],
    ['permit_transition', 'to_state'],
  ])(
    'should allow in %s.%s exactly the states of the domain, and have room for each',
    async (table, column) => {
      expect(await allowedValues(table, column)).toEqual([...PRACTICE_STATES].sort());
      const longest = Math.max(...PRACTICE_STATES.map((state) => state.length));
      expect(await columnLength(table, column)).toBeGreaterThanOrEqual(longest);
    },
  );

  it('should allow exactly the kinds of request the waiting states open', async () => {
    expect(await allowedValues('permit_integration_request', 'kind')).toEqual(
      [...APPLICANT_REQUEST_KINDS].sort(),
    );
  });

  it('should describe the states and the filters of the domain in the OpenAPI document', async () => {
    const document = (await (await fetch(`${inject('stack').backendUrl}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    };
    const { schemas } = document.components;
    expect(schemas.ResidentPracticeSummaryView.properties.state.enum).toEqual(PRACTICE_STATES);
    expect(schemas.ResidentPracticeSummaryView.properties.bucket.enum).toEqual(RESIDENT_BUCKETS);
    expect(schemas.IntegrationRequestView.properties.kind.enum).toEqual(APPLICANT_REQUEST_KINDS);
  });
});
