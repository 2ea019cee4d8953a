import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AuditService } from '../src/audit/audit.service.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { testDb } from './support/db.js';
import { seedHousehold } from './support/registry-factories.js';
import { loginAs } from './support/session.js';

// Reads are audited by group commit (audit.service.ts): many events, one INSERT, and every reader answered only
// once its own event has committed.
describe('the audit of reads under concurrency', () => {
  it('should store one event per concurrent visura, each with the request id its answer carried', async () => {
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const person = household.members[0]!;
    const session = await loginAs(person);
    const answers = await Promise.all(Array.from({ length: 30 }, () => session.fetch('/api/registry/me')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    const requestIds = answers.map((answer) => answer.headers.get('x-request-id'));
    // Already committed when the answers came back: read at once, no waiting.
    const { rows } = await testDb().query<{ request_id: string; count: number }>(
      `SELECT request_id, count(*)::int AS count FROM audit_event
        WHERE subject_fiscal_code = $1 AND request_id = ANY($2::varchar[]) GROUP BY request_id`,
      [person.fiscalCode, requestIds],
    );
    expect(rows).toHaveLength(30);
    expect(rows.every((row) => row.count === 1)).toBe(true);
  });
});

describe('AuditService group commit on a real PostgreSQL', () => {
  let dataSource: DataSource;
  let audit: AuditService;

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'postgres',
      url: inject('stack').databaseUrl,
      entities: [AuditEvent],
      extra: { max: 4 },
    });
    await dataSource.initialize();
    audit = new AuditService(dataSource.getRepository(AuditEvent));
  });
  afterAll(() => dataSource?.destroy());

  const event = (marker: string, action = 'test.group-commit') => ({
    actor: null,
    action,
    resourceType: 'test',
    resourceId: marker,
    details: { marker },
  });

  it('should fail only the event PostgreSQL refuses, not the others sharing its statement', async () => {
    const marker = `gc-${Date.now()}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        // varchar(64): event 17's action is one character too long.
        audit.record(event(marker, i === 17 ? `x${'y'.repeat(64)}` : 'test.group-commit')),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
    expect(outcomes[17]!.status).toBe('rejected');
    const { rows } = await testDb().query<{ count: number }>(
      'SELECT count(*)::int AS count FROM audit_event WHERE resource_id = $1',
      [marker],
    );
    expect(rows[0]!.count).toBe(39);
  });

  it('should keep writing after a refused event, one statement for events that queued together', async () => {
    const marker = `gc-after-${Date.now()}`;
    await expect(audit.record(event(marker, 'z'.repeat(65)))).rejects.toThrow();
    await Promise.all(Array.from({ length: 25 }, () => audit.record(event(marker))));
    const { rows } = await testDb().query<{ count: number; statements: number }>(
      `SELECT count(*)::int AS count, count(DISTINCT xmin::text)::int AS statements
         FROM audit_event WHERE resource_id = $1`,
      [marker],
    );
    expect(rows[0]!.count).toBe(25);
    // At most two inserts in flight: the 25 events cannot have needed 25 statements.
    expect(rows[0]!.statements).toBeLessThan(25);
  });
});
