import { createPublicKey, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { freePort, type Service, startService } from '../../../scripts/services.mjs';
import { repoRoot } from '../../src/config/paths.js';
import { PDND_KEY_FILE } from '../../src/config/registry-source-rules.js';
import { ensureDatabase } from '../../src/database/resolve-database.js';
import { anprPersonId } from '../../src/registry/anpr/anpr-records.js';
import { newIdentity } from './factories.js';
import type { MemberSeed, SeededHousehold } from './registry-factories.js';
import { uniqueCode } from './registry-factories.js';
import { sandboxSwitches } from './sandbox-switches.js';
import type { TestStackInfo } from './stack.js';

/**
 * A portal reading the registry from the local PDND + ANPR sandboxes (REGISTRY_SOURCE=anpr), as `npm start`
 * does: a generated client key in the portal's keys folder, the client registered through the sandbox's clients
 * file (so it survives resets), an empty population the tests fill through `POST /anpr/_sandbox/persons`.
 */
export async function anprStackEnvironment(
  tmpDir: string,
  dataDir: string,
  federationUrl: string,
): Promise<{ federation: Record<string, string>; backend: Record<string, string> }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const keysDir = path.join(dataDir, 'keys');
  await mkdir(keysDir, { recursive: true });
  await writeFile(path.join(keysDir, PDND_KEY_FILE), await exportPKCS8(privateKey), { mode: 0o600 });
  const clientId = randomUUID();
  const kid = 'portale-test';
  const purposes = { verification: randomUUID(), consultation: randomUUID() };
  const clientsFile = path.join(tmpDir, 'pdnd-clients.json');
  await writeFile(
    clientsFile,
    JSON.stringify([
      {
        clientId,
        kid,
        publicJwk: await exportJWK(publicKey),
        purposes: [
          { purposeId: purposes.verification, eservice: 'residence-verification' },
          { purposeId: purposes.consultation, eservice: 'family-status' },
        ],
      },
    ]),
  );
  const populationFile = path.join(tmpDir, 'anpr-population.json');
  await writeFile(populationFile, '[]');
  const federation = new URL(federationUrl);
  return {
    federation: { PDND_SANDBOX_CLIENTS_FILE: clientsFile, ANPR_SANDBOX_POPULATION_FILE: populationFile },
    backend: {
      REGISTRY_SOURCE: 'anpr',
      PDND_TOKEN_URL: `${federationUrl}/pdnd/token.oauth2`,
      PDND_CLIENT_ASSERTION_AUDIENCE: `${federation.host}/pdnd/client-assertion`,
      PDND_CLIENT_ID: clientId,
      PDND_KID: kid,
      PDND_PURPOSE_VERIFICATION: purposes.verification,
      PDND_PURPOSE_CONSULTATION: purposes.consultation,
      ANPR_URL: `${federationUrl}/anpr`,
      ANPR_TIMEOUT_MS: '1500',
    },
  };
}

/**
 * The ANPR twin of `seedHousehold`: the same famiglia anagrafica, as registry import rows, in the ANPR
 * sandbox only; the local tables stay empty, so a read that bypassed ANPR would find nobody.
 */
export async function seedAnprHousehold(
  federationUrl: string,
  members: MemberSeed[],
): Promise<SeededHousehold> {
  const streetCode = uniqueCode('S', 10);
  const streetName = `Prova ${streetCode.slice(1, 7)}`;
  const civicNumber = String(1 + (Number.parseInt(streetCode.slice(1, 4), 16) % 200));
  const code = uniqueCode('T');
  const seeded = members.map((member) => {
    const identity = member.identity ?? newIdentity();
    const entryDate = member.entryDate ?? '2015-05-04';
    return {
      ...identity,
      id: anprPersonId(identity.fiscalCode),
      relationshipCode: member.relationshipCode,
      entryDate,
    };
  });
  const rows = seeded.map((person, index) => ({
    household_code: code,
    relationship_code: person.relationshipCode,
    entry_date: person.entryDate,
    street_code: streetCode,
    street_toponym: 'Via',
    street_name: streetName,
    civic_number: civicNumber,
    internal: '2',
    fiscal_code: person.fiscalCode,
    family_name: person.familyName,
    given_name: person.givenName,
    sex: person.sex,
    birth_date: person.birthDate,
    birth_place_code: person.birthPlaceCode,
    birth_place_name: "Spino d'Adda",
    citizenship: members[index]?.citizenship ?? 'IT',
    marital_status: members[index]?.maritalStatus ?? 'single',
    status: 'resident',
  }));
  await addAnprPersons(federationUrl, rows);
  return { id: code, code, streetCode, streetName, civicNumber, members: seeded };
}

/** Adds persons (rows with the columns of the registry import file) to the ANPR sandbox's population. */
export async function addAnprPersons(federationUrl: string, rows: Record<string, string>[]): Promise<void> {
  const response = await fetch(`${federationUrl}/anpr/_sandbox/persons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  if (response.status !== 201) throw new Error(`ANPR sandbox refused the persons: ${await response.text()}`);
}

/** Sets the PDND or ANPR sandbox's switches (`delayMs`, `down`, `refused`). */
export function anprSwitches(
  federationUrl: string,
  sandbox: 'pdnd' | 'anpr',
  patch: Record<string, unknown>,
): Promise<void> {
  return sandboxSwitches(federationUrl, sandbox, patch);
}

export interface AnprReplica {
  url: string;
  /** The replica's own PDND client: the sandbox's stats count its vouchers apart from the shared portal's. */
  clientId: string;
  purposes: { verification: string; consultation: string };
  stop(): Promise<void>;
}

/**
 * Another backend of the run's portal reading ANPR with its own PDND client (its own `kid` and purposes, the
 * same key), its own audit pattern and, when given, its own voucher lifespan; on a database of its own, so its
 * access log, sessions and outbox are its alone. It shares the portal's public URL and OIDC keys, so the test
 * federation logs residents into it (`loginThrough(replica.url, ...)`).
 */
export async function startAnprReplica(
  stack: Pick<TestStackInfo, 'tmpDir' | 'databaseUrl' | 'federationUrl' | 'publicUrl'>,
  options: { auditPattern: 'AUDIT_REST_01' | 'AUDIT_REST_02'; voucherLifespanSeconds?: number },
): Promise<AnprReplica> {
  const keysDir = path.join(stack.tmpDir, 'data', 'keys');
  const publicJwk = createPublicKey(await readFile(path.join(keysDir, PDND_KEY_FILE), 'utf8')).export({
    format: 'jwk',
  });
  const clientId = randomUUID();
  const kid = `replica-${clientId.slice(0, 8)}`;
  const purposes = { verification: randomUUID(), consultation: randomUUID() };
  const registered = await fetch(`${stack.federationUrl}/pdnd/_sandbox/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId,
      kid,
      publicJwk,
      purposes: [
        { purposeId: purposes.verification, eservice: 'residence-verification' },
        { purposeId: purposes.consultation, eservice: 'family-status' },
      ],
      ...(options.voucherLifespanSeconds ? { voucherLifespanSeconds: options.voucherLifespanSeconds } : {}),
    }),
  });
  if (registered.status !== 201)
    throw new Error(`PDND sandbox refused the client: ${await registered.text()}`);

  const server = new URL(stack.databaseUrl);
  server.pathname = '/postgres';
  const databaseUrl = await ensureDatabase(server.toString(), `anpr_${clientId.slice(0, 8)}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const federation = new URL(stack.federationUrl);
  const backend: Service = startService(
    `anpr-replica-${port}`,
    process.execPath,
    ['backend/dist/backend/src/main.js'],
    {
      cwd: repoRoot,
      quiet: true,
      env: {
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: stack.publicUrl,
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_SIZE: '4',
        DATA_DIR: path.join(stack.tmpDir, `replica-${port}`),
        OIDC_KEYS_DIR: keysDir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
        OIDC_TRUST_ANCHOR: `${stack.federationUrl}/ta`,
        OIDC_TEST_FEDERATION_URL: stack.federationUrl,
        REGISTRY_SOURCE: 'anpr',
        PDND_TOKEN_URL: `${stack.federationUrl}/pdnd/token.oauth2`,
        PDND_CLIENT_ASSERTION_AUDIENCE: `${federation.host}/pdnd/client-assertion`,
        PDND_CLIENT_ID: clientId,
        PDND_KID: kid,
        PDND_PURPOSE_VERIFICATION: purposes.verification,
        PDND_PURPOSE_CONSULTATION: purposes.consultation,
        PDND_AUDIT_PATTERN: options.auditPattern,
        ANPR_URL: `${stack.federationUrl}/anpr`,
        ANPR_TIMEOUT_MS: '1500',
      },
      readyUrl: `${url}/api/health/ready`,
    },
  );
  try {
    await backend.ready();
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return { url, clientId, purposes, stop: () => backend.stop() };
}

/** The PDND sandbox's voucher counters (`GET /pdnd/_sandbox/stats`). */
export async function pdndStats(federationUrl: string): Promise<{
  vouchersIssued: number;
  boundToEvidence: number;
  byClient: Record<string, number>;
  byPurpose: Record<string, number>;
}> {
  return (await fetch(`${federationUrl}/pdnd/_sandbox/stats`)).json() as never;
}
