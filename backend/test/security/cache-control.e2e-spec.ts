import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { grantRoles } from '../support/db.js';
import { newIdentity } from '../support/factories.js';
import { seedHousehold } from '../support/registry-factories.js';
import { loginAs } from '../support/session.js';

const { backendUrl } = inject('stack');

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

/** Every GET route of the API as the OpenAPI document lists it, path parameters filled with a fresh UUID. */
async function apiGetRoutes(): Promise<string[]> {
  const document = (await (await fetch(`${backendUrl}/api/openapi.json`)).json()) as OpenApiDocument;
  return Object.entries(document.paths)
    .filter(([, operations]) => 'get' in operations)
    .map(([path]) => path.replace(/\{[^}]+\}/g, randomUUID()));
}

describe('caching of personal data', () => {
  it('should answer every GET route of the API no-store, its personal answers and its refusals alike', async () => {
    // Resident and clerk of every office at once: the staff routes answer with data too.
    const resident = newIdentity();
    await seedHousehold([{ identity: resident, relationshipCode: '01' }]);
    await grantRoles(resident.fiscalCode, ['registry', 'permits', 'taxes', 'admin']);
    const session = await loginAs(resident);

    const routes = await apiGetRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const cacheable: string[] = [];
    const answeredWithData: string[] = [];
    for (const path of routes) {
      const response = await session.fetch(path);
      await response.arrayBuffer();
      if (!(response.headers.get('cache-control') ?? '').includes('no-store')) {
        cacheable.push(`${path} ${response.status} ${response.headers.get('cache-control')}`);
      }
      if (response.status === 200) answeredWithData.push(path);
    }
    expect(cacheable).toEqual([]);
    // The check covered real personal answers, not only refusals of made-up identifiers.
    expect(answeredWithData).toEqual(
      expect.arrayContaining([
        '/api/me',
        '/api/registry/me',
        '/api/registry/me/household',
        '/api/registry/me/access-log',
        '/api/certificates',
        '/api/certificates/subjects',
        '/api/f24/documents',
        '/api/permits',
        '/api/staff/permits',
        '/api/staff/registry/corrections',
        '/api/staff/taxes/bulk-jobs',
        '/api/personal-area/summary',
      ]),
    );
  });

  it('should not let anyone cache a refusal or an unknown path', async () => {
    const unknown = await fetch(`${backendUrl}/api/does-not-exist`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    const tooLarge = await fetch(`${backendUrl}/api/me`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(300 * 1024) }),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('cache-control')).toBe('no-store');
  });
});
