import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestFederation,
  type TestFederation,
} from '../../../../test-federation/src/start-test-federation.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AnprConfig } from '../../config/configuration.js';
import { AnprRegistrySource } from '../source/anpr-registry-source.js';
import { AnprClient } from './anpr-client.js';
import { anprPersonId } from './anpr-records.js';

/** Voucher lifetime of this test's PDND: renewed by the client 30 s before it ends, so after 4 s. */
const VOUCHER_SECONDS = 34;

const HEAD = {
  household_code: 'F0000101',
  relationship_code: '01',
  entry_date: '2012-03-01',
  street_code: '0042',
  street_toponym: 'Via',
  street_name: 'Roma',
  civic_number: '5B',
  internal: '2',
  fiscal_code: 'VRDLGU75C12D142X',
  family_name: 'Verdi',
  given_name: 'Luigi',
  sex: 'M',
  birth_date: '1975-03-12',
  birth_place_code: 'D142',
  birth_place_name: 'Crema',
  citizenship: 'IT',
  marital_status: 'married',
  status: 'resident',
};
const CHILD = {
  ...HEAD,
  relationship_code: '03',
  entry_date: '2014-07-20',
  fiscal_code: 'VRDNNA14L60D142K',
  given_name: 'Anna',
  sex: 'F',
  birth_date: '2014-07-20',
};

let federation: TestFederation;
let dir: string;
let config: AnprConfig;
let registered: { clientId: string; kid: string };

const user = (fiscalCode: string): AuthUser => ({
  sessionId: randomUUID(),
  fiscalCode,
  givenName: 'Test',
  familyName: 'Test',
  email: null,
  roles: ['resident'],
  provider: 'spid',
});
const read = (fiscalCode = HEAD.fiscal_code) => ({
  user: user(fiscalCode),
  purpose: 'Consultazione di prova',
});

async function control(pathname: string, body?: unknown): Promise<Response> {
  return fetch(`${federation.url}${pathname}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function vouchers(): Promise<number> {
  const stats = (await (await control('/pdnd/_sandbox/stats')).json()) as {
    byClient: Record<string, number>;
  };
  return stats.byClient[registered.clientId] ?? 0;
}

async function source(overrides: Partial<AnprConfig> = {}): Promise<AnprRegistrySource> {
  const client = await AnprClient.create({ ...config, ...overrides });
  return new AnprRegistrySource(client, config, "Spino d'Adda");
}

async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => new Error('resolved'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  federation = await startTestFederation({ port: 0, pdndVoucherLifespanSeconds: VOUCHER_SECONDS });
  dir = await mkdtemp(path.join(tmpdir(), 'anpr-source-'));
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  await writeFile(path.join(dir, 'pdnd-client-key.pem'), await exportPKCS8(privateKey));
  registered = { clientId: randomUUID(), kid: `portale-${randomUUID().slice(0, 8)}` };
  const purposes = { verification: randomUUID(), consultation: randomUUID() };
  const registration = await control('/pdnd/_sandbox/clients', {
    ...registered,
    publicJwk: await exportJWK(publicKey),
    purposes: [
      { purposeId: purposes.verification, eservice: 'residence-verification' },
      { purposeId: purposes.consultation, eservice: 'family-status' },
    ],
  });
  expect(registration.status).toBe(201);
  expect((await control('/anpr/_sandbox/persons', [HEAD, CHILD])).status).toBe(201);
  // The sandboxes compile their validators on the first request: keep that out of the client's timeout.
  for (const route of ['/pdnd/token.oauth2', '/anpr/residence-verification']) {
    await (await fetch(`${federation.url}${route}`, { method: 'POST', body: '' })).arrayBuffer();
  }
  const pdndConfig = (await (await control('/pdnd/_sandbox/config')).json()) as {
    tokenEndpoint: string;
    clientAssertionAudience: string;
  };
  config = {
    tokenUrl: pdndConfig.tokenEndpoint,
    clientAssertionAudience: pdndConfig.clientAssertionAudience,
    ...registered,
    keyFile: path.join(dir, 'pdnd-client-key.pem'),
    purposes,
    url: `${federation.url}/anpr`,
    timeoutMs: 5000,
    loa: 'SpidL2',
    userLocation: 'http://localhost:3000',
    auditPattern: 'AUDIT_REST_01',
  };
}, 60_000);

afterEach(async () => {
  for (const sandbox of ['pdnd', 'anpr']) {
    await control(`/${sandbox}/_sandbox/switches`, { delayMs: 0, down: false, refused: false });
  }
});

afterAll(async () => {
  await federation?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the registry read from ANPR through PDND', () => {
  it('should read the person with their residence and household, with the ModI headers ANPR requires', async () => {
    const person = await (await source()).person(HEAD.fiscal_code, read());

    expect(person).toMatchObject({
      id: anprPersonId(HEAD.fiscal_code),
      fiscalCode: HEAD.fiscal_code,
      familyName: 'Verdi',
      givenName: 'Luigi',
      birthDate: '1975-03-12',
      birthPlaceCode: 'D142',
      status: 'resident',
      citizenship: null,
      maritalStatus: null,
      membership: {
        relationshipCode: '01',
        entryDate: '2012-03-01',
        address: { kind: 'street', toponym: 'Via', streetName: 'Roma', civicNumber: '5B', internal: '2' },
      },
    });
    const members = await (await source()).householdOf(person!, read());
    expect(members.map((member) => [member.fiscalCode, member.relationshipCode])).toEqual([
      [HEAD.fiscal_code, '01'],
      [CHILD.fiscal_code, '03'],
    ]);
  });

  it('should answer null for a codice fiscale ANPR does not know', async () => {
    expect(await (await source()).person('XXXXXX00A00X000X', read())).toBeNull();
  });

  it('should ask PDND once per purpose for every user while the voucher lives (AUDIT_REST_01), concurrent reads sharing one request', async () => {
    const registry = await source();
    const before = await vouchers();
    await Promise.all(Array.from({ length: 6 }, () => registry.person(HEAD.fiscal_code, read())));
    await registry.person(HEAD.fiscal_code, read());
    expect((await vouchers()) - before).toBe(2);

    await registry.person(CHILD.fiscal_code, read(CHILD.fiscal_code));
    await registry.person(HEAD.fiscal_code, read('RSSMRA80A01H501U'));
    expect((await vouchers()) - before).toBe(2);
  });

  it('should ask PDND once per purpose and user with AUDIT_REST_02, each voucher bound to the user’s evidence', async () => {
    const registry = await source({ auditPattern: 'AUDIT_REST_02' });
    const before = await vouchers();
    await Promise.all(Array.from({ length: 4 }, () => registry.person(HEAD.fiscal_code, read())));
    expect((await vouchers()) - before).toBe(2);
    await registry.person(CHILD.fiscal_code, read(CHILD.fiscal_code));
    expect((await vouchers()) - before).toBe(4);
    await registry.person(HEAD.fiscal_code, read());
    expect((await vouchers()) - before).toBe(4);
  });

  it('should ask a new voucher once the cached one nears its expiry', async () => {
    const registry = await source();
    await registry.person(HEAD.fiscal_code, read());
    const before = await vouchers();
    await new Promise((resolve) => setTimeout(resolve, (VOUCHER_SECONDS - 30) * 1000 + 300));
    await registry.person(HEAD.fiscal_code, read());
    await registry.person(HEAD.fiscal_code, read());
    expect((await vouchers()) - before).toBe(2);
  }, 15_000);

  it('should answer 503 NATIONAL_REGISTRY_UNAVAILABLE when ANPR is down or drops the connection', async () => {
    await control('/anpr/_sandbox/switches', { down: 'unavailable' });
    const down = await domainError((await source()).person(HEAD.fiscal_code, read()));
    expect(down).toMatchObject({ status: 503, code: 'NATIONAL_REGISTRY_UNAVAILABLE' });

    await control('/anpr/_sandbox/switches', { down: 'reset' });
    const dropped = await domainError((await source()).person(HEAD.fiscal_code, read()));
    expect(dropped).toMatchObject({ status: 503, code: 'NATIONAL_REGISTRY_UNAVAILABLE' });
    expect(dropped.detail).toMatch(/ANPR\) non risponde/);
  });

  it('should give up after ANPR_TIMEOUT_MS when ANPR or PDND is slow', async () => {
    for (const sandbox of ['anpr', 'pdnd']) {
      await control(`/${sandbox}/_sandbox/switches`, { delayMs: 3000 });
      const started = Date.now();
      const slow = await domainError((await source({ timeoutMs: 600 })).person(HEAD.fiscal_code, read()));
      expect(slow).toMatchObject({ status: 503, code: 'NATIONAL_REGISTRY_UNAVAILABLE' });
      expect(Date.now() - started).toBeLessThan(2500);
      await control(`/${sandbox}/_sandbox/switches`, { delayMs: 0 });
    }
  });

  it('should answer 503 NATIONAL_REGISTRY_REFUSED when PDND refuses the voucher', async () => {
    await control('/pdnd/_sandbox/switches', { refused: true });
    const refused = await domainError((await source()).person(HEAD.fiscal_code, read()));
    expect(refused).toMatchObject({ status: 503, code: 'NATIONAL_REGISTRY_REFUSED' });
  });

  it('should be refused by PDND with a kid or a purpose not registered for the client', async () => {
    const wrongKid = await domainError(
      (await source({ kid: 'another-kid' })).person(HEAD.fiscal_code, read()),
    );
    expect(wrongKid.code).toBe('NATIONAL_REGISTRY_REFUSED');
    const wrongPurpose = await domainError(
      (await source({ purposes: { ...config.purposes, verification: randomUUID() } })).person(
        HEAD.fiscal_code,
        read(),
      ),
    );
    expect(wrongPurpose.code).toBe('NATIONAL_REGISTRY_REFUSED');
  });
});
