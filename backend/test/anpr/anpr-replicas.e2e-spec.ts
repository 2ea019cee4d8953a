import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type AnprReplica,
  anprSwitches,
  pdndStats,
  seedAnprHousehold,
  startAnprReplica,
} from '../support/anpr-sandbox.js';
import type { SeededPerson } from '../support/registry-factories.js';
import { loginThrough, type ReplicaSession } from '../support/session.js';

/**
 * Backends of the run's portal that each have a PDND client of their own: the sandbox counts their vouchers
 * apart (how many PDND issues for the portal's ANPR reads, per audit pattern) and fails their calls alone
 * (switches scoped with `onlyClients`), so the files running beside this one keep their answers.
 */
const stack = inject('stack');
/** The AUDIT_REST_01 replica's vouchers live this long: renewed 30 s before the end, so 10 s after issue. */
const SHORT_LIFESPAN_SECONDS = 40;

const replicas: AnprReplica[] = [];
let shared: AnprReplica;
let bound: AnprReplica;

beforeAll(async () => {
  [shared, bound] = await Promise.all([
    startAnprReplica(stack, {
      auditPattern: 'AUDIT_REST_01',
      voucherLifespanSeconds: SHORT_LIFESPAN_SECONDS,
    }),
    startAnprReplica(stack, { auditPattern: 'AUDIT_REST_02' }),
  ]);
  replicas.push(shared, bound);
});

afterAll(async () => {
  for (const replica of replicas) await replica.stop();
});

afterEach(async () => {
  for (const sandbox of ['pdnd', 'anpr'] as const) {
    await anprSwitches(stack.federationUrl, sandbox, {
      delayMs: 0,
      down: false,
      refused: false,
      onlyClients: [],
    });
  }
});

/** Sets the sandbox's switches for `replica`'s PDND client only. */
function failFor(replica: AnprReplica, sandbox: 'pdnd' | 'anpr', patch: Record<string, unknown>) {
  return anprSwitches(stack.federationUrl, sandbox, { ...patch, onlyClients: [replica.clientId] });
}

async function expectUnavailable(response: Response, code: string): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(await response.json()).toMatchObject({
    code,
    detail: expect.stringMatching(/anagrafe nazionale \(ANPR\)/),
  });
}

/** `count` residents (households of two), each logged into `replica`. */
async function residents(replica: AnprReplica, count: number): Promise<ReplicaSession[]> {
  const people: SeededPerson[] = [];
  while (people.length < count) {
    const household = await seedAnprHousehold(stack.federationUrl, [
      { relationshipCode: '01' },
      { relationshipCode: '02' },
    ]);
    people.push(...household.members);
  }
  return Promise.all(people.slice(0, count).map((person) => loginThrough(replica.url, person)));
}

async function issuedTo(
  replica: AnprReplica,
): Promise<{ total: number; verification: number; consultation: number }> {
  const stats = await pdndStats(stack.federationUrl);
  return {
    total: stats.byClient[replica.clientId] ?? 0,
    verification: stats.byPurpose[replica.purposes.verification] ?? 0,
    consultation: stats.byPurpose[replica.purposes.consultation] ?? 0,
  };
}

/** Each session reads its visura (AR001 + FS001) and its household (FS001) `rounds` times, all at once. */
async function readAll(sessions: ReplicaSession[], rounds: number): Promise<void> {
  const reads = sessions.flatMap((session) =>
    Array.from({ length: rounds }, (_, round) =>
      session.fetch(round % 2 === 0 ? '/api/registry/me' : '/api/registry/me/household'),
    ),
  );
  for (const response of await Promise.all(reads)) {
    expect(response.status, await response.clone().text()).toBe(200);
  }
}

describe('PDND vouchers with AUDIT_REST_01 (the default): one per purpose, shared by every user', () => {
  let firstVoucherAt = 0;

  it('should ask PDND exactly one voucher per purpose for many reads by several users', async () => {
    const sessions = await residents(shared, 5);
    expect(await issuedTo(shared)).toEqual({ total: 0, verification: 0, consultation: 0 });
    firstVoucherAt = Date.now();
    await readAll(sessions, 4);
    await readAll(sessions.slice(0, 2), 2);
    expect(await issuedTo(shared)).toEqual({ total: 2, verification: 1, consultation: 1 });
  });

  it('should ask a new voucher per purpose once the cached one nears its expiry, and only one', async () => {
    const sessions = await residents(shared, 3);
    const renewal = firstVoucherAt + (SHORT_LIFESPAN_SECONDS - 30) * 1000 + 1500;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, renewal - Date.now())));
    await readAll(sessions, 2);
    expect(await issuedTo(shared)).toEqual({ total: 4, verification: 2, consultation: 2 });
  }, 30_000);
});

describe('PDND vouchers with AUDIT_REST_02 (PDND_AUDIT_PATTERN): bound to each user’s tracking evidence', () => {
  it('should ask one voucher per purpose per user, each bound to that user’s evidence', async () => {
    const sessions = await residents(bound, 3);
    const before = await pdndStats(stack.federationUrl);
    await readAll(sessions, 4);
    expect(await issuedTo(bound)).toEqual({ total: 6, verification: 3, consultation: 3 });
    const after = await pdndStats(stack.federationUrl);
    expect(after.boundToEvidence - before.boundToEvidence).toBeGreaterThanOrEqual(6);
  });
});

describe('the registry from ANPR when ANPR or PDND fails', () => {
  it('should answer 503 NATIONAL_REGISTRY_REFUSED when PDND refuses the voucher a new user needs', async () => {
    const [session] = await residents(bound, 1);
    await failFor(bound, 'pdnd', { refused: true });
    await expectUnavailable(await session.fetch('/api/registry/me'), 'NATIONAL_REGISTRY_REFUSED');
  });

  it('should answer 503 in Italian, within the bounded timeout, when ANPR is slow', async () => {
    const [session] = await residents(bound, 1);
    await failFor(bound, 'anpr', { delayMs: 4000 });
    const started = Date.now();
    await expectUnavailable(await session.fetch('/api/registry/me'), 'NATIONAL_REGISTRY_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3500);
  });

  it('should answer 503 when ANPR is down or drops the connection, never the data read before, and show the data again once it is back', async () => {
    const [session] = await residents(bound, 1);
    // Read once: nothing of it is kept, so the failure cannot show it as current.
    expect((await session.fetch('/api/registry/me/household')).status).toBe(200);
    await failFor(bound, 'anpr', { down: 'unavailable' });
    await expectUnavailable(
      await session.fetch('/api/registry/me/household'),
      'NATIONAL_REGISTRY_UNAVAILABLE',
    );
    await failFor(bound, 'anpr', { down: 'reset' });
    await expectUnavailable(await session.fetch('/api/registry/me'), 'NATIONAL_REGISTRY_UNAVAILABLE');
    await failFor(bound, 'anpr', { down: false });
    expect((await session.fetch('/api/registry/me')).status).toBe(200);
  });
});
