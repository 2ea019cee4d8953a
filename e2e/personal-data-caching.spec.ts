import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { grantRoles } from '../backend/test/support/db.js';
import { newIdentity } from '../backend/test/support/factories.js';
import { seedHousehold } from '../backend/test/support/registry-factories.js';
import { loginThrough, type ReplicaSession } from '../backend/test/support/session.js';
import { PORTAL_ROUTES } from './support/routes.js';

const { publicUrl } = inject('stack');

/** A resident who is also a clerk of every office, logged in through the frontend: every page opens for them. */
async function everyoneAtOnce(): Promise<ReplicaSession> {
  const person = newIdentity();
  await seedHousehold([{ identity: person, relationshipCode: '01' }]);
  await grantRoles(person.fiscalCode, ['registry', 'permits', 'taxes', 'admin']);
  return loginThrough(publicUrl, person);
}

/** A client-side navigation, and the prefetch a link in view makes of its page. */
const NAVIGATIONS: [string, Record<string, string>][] = [
  ['navigation', { rsc: '1' }],
  ['prefetch', { rsc: '1', 'next-router-prefetch': '1' }],
];

/**
 * What a client-side navigation fetches instead of the HTML: the page's React Server Components payload. Next
 * sends a request without its cache-busting `_rsc` parameter to the address that has it; the payload is there.
 */
async function navigationPayload(
  session: ReplicaSession,
  path: string,
  headers: Record<string, string>,
): Promise<Response> {
  let response = await session.fetchAt(publicUrl, path, { headers });
  const location = response.headers.get('location');
  if (response.status === 307 && location) {
    await response.arrayBuffer();
    const target = new URL(location, publicUrl);
    response = await session.fetchAt(publicUrl, `${target.pathname}${target.search}`, { headers });
  }
  await response.arrayBuffer();
  expect(response.headers.get('content-type'), path).toContain('text/x-component');
  return response;
}

function cacheControl(response: Response): string {
  return response.headers.get('cache-control') ?? '(none)';
}

describe('personal data through the frontend', () => {
  it('should mark every page of the personal area and of the back office no-store, loaded or navigated to', async () => {
    const session = await everyoneAtOnce();
    // Made-up records: a page that finds nothing must not be cached either.
    const fixtures = {
      personId: randomUUID(),
      practiceId: randomUUID(),
      draftId: randomUUID(),
      certificateCode: 'ABCD-EFGH-JKLM',
      bulkJobId: randomUUID(),
      importJobId: randomUUID(),
      year: 2026,
      appointments: {
        officeId: randomUUID(),
        day: '2026-12-09',
        freeSlotId: `${randomUUID()}.2026-12-09T09:00`,
        appointmentId: randomUUID(),
        reason: 'Carta d’identità elettronica',
      },
      paymentId: randomUUID(),
    };
    const personalRoutes = PORTAL_ROUTES.filter((route) => route.audience !== 'anonymous');
    expect(personalRoutes.length).toBeGreaterThan(20);
    const cacheable: string[] = [];
    for (const route of personalRoutes) {
      const path = route.path(fixtures);
      const page = await session.fetchAt(publicUrl, path);
      await page.arrayBuffer();
      if (!cacheControl(page).includes('no-store')) {
        cacheable.push(`${path} ${page.status} ${cacheControl(page)}`);
      }
      for (const [kind, headers] of NAVIGATIONS) {
        const payload = await navigationPayload(session, path, headers);
        if (!cacheControl(payload).includes('no-store')) {
          cacheable.push(`${path} (${kind}) ${payload.status} ${cacheControl(payload)}`);
        }
      }
    }
    expect(cacheable).toEqual([]);
  });

  it('should pass on the backend’s no-store with the API’s personal answers', async () => {
    const session = await everyoneAtOnce();
    for (const path of [
      '/api/me',
      '/api/registry/me',
      '/api/certificates',
      '/api/f24/documents',
      '/api/payments',
      '/api/permits',
      '/api/staff/registry/corrections',
    ]) {
      const response = await session.fetchAt(publicUrl, path);
      expect(response.status, path).toBe(200);
      expect(cacheControl(response), path).toBe('no-store');
    }
  });
});
