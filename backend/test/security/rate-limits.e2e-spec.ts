import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIdentity } from '../support/factories.js';
import { loginAs } from '../support/session.js';
import { type Replica, startReplica } from './support/replica.js';

const LIMIT = 3;

/**
 * A documentation address (RFC 5737) no other test uses: the trusted local proxy reports it, and the last one is
 * the client's. Each call gives a client of its own (they were drawn at random: two alike, 1 in 254, failed a CI
 * run when "another address" shared the exhausted budget).
 */
let nextClient = randomInt(0, 254);
const clientAddress = () => `203.0.113.${randomInt(1, 255)}, 198.51.100.${(nextClient++ % 254) + 1}`;

async function expectTooManyRequests(response: Response): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const problem = JSON.parse(text) as { code: string; detail: string };
  expect(problem.code).toBe('TOO_MANY_REQUESTS');
  expect(problem.detail).toMatch(/^Troppe richieste/);
}

describe('rate limits shared by every replica through PostgreSQL', () => {
  let first: Replica;
  let second: Replica;

  beforeAll(async () => {
    const env = {
      RATE_LIMIT_LOGIN: String(LIMIT),
      RATE_LIMIT_LOGIN_WINDOW_SECONDS: '60',
      RATE_LIMIT_WRITES: String(LIMIT),
      RATE_LIMIT_WRITES_WINDOW_SECONDS: '60',
    };
    [first, second] = await Promise.all([startReplica(env), startReplica(env)]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('should refuse login starts over the limit of one client address, counted across replicas, with Retry-After', async () => {
    const address = clientAddress();
    const start = (replica: Replica, forwardedFor = address) =>
      fetch(`${replica.url}/api/auth/login?provider=spid&idp=test-a`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': forwardedFor },
      });
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      expect((await start(attempt % 2 === 0 ? first : second)).status).toBe(302);
    }
    await expectTooManyRequests(await start(second));
    await expectTooManyRequests(await start(first));
    // Another address keeps its own budget.
    expect((await start(first, clientAddress())).status).toBe(302);
  });

  it('should refuse login callbacks over the limit of one client address', async () => {
    const address = clientAddress();
    const callback = () =>
      fetch(`${first.url}/api/auth/callback?code=forged&state=forged`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': address },
      });
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      const refused = await callback();
      expect(refused.status).toBe(303);
      expect(refused.headers.get('location')).not.toContain('TOO_MANY_REQUESTS');
    }
    // The callback is a browser navigation: the refusal is the login error page, with Retry-After.
    const limited = await callback();
    expect(limited.status).toBe(303);
    expect(limited.headers.get('location')).toContain('/errore-accesso?code=TOO_MANY_REQUESTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('should refuse the writes of one person over the limit on any replica, and leave reads and other people alone', async () => {
    const [resident, other] = await Promise.all([loginAs(newIdentity()), loginAs(newIdentity())]);
    const markRead = (session: typeof resident, replica: Replica) =>
      fetch(`${replica.url}/api/messages/999999999/read`, {
        method: 'POST',
        headers: { cookie: session.cookie(), 'x-csrf-token': session.csrfToken() },
      });
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      const response = await markRead(resident, attempt % 2 === 0 ? first : second);
      expect(response.status, await response.text()).toBe(404);
    }
    await expectTooManyRequests(await markRead(resident, first));
    await expectTooManyRequests(await markRead(resident, second));

    const read = await fetch(`${second.url}/api/messages`, { headers: { cookie: resident.cookie() } });
    expect(read.status).toBe(200);
    expect((await markRead(other, second)).status).toBe(404);
  });

  it('should not count the writes of anonymous callers against anybody: they are refused before', async () => {
    for (let attempt = 0; attempt < LIMIT + 2; attempt++) {
      const response = await fetch(`${first.url}/api/messages/1/read`, { method: 'POST' });
      expect(response.status).toBe(401);
    }
  });
});
