import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8 } from 'jose';
import { PDND_KEY_FILE } from '../../config/registry-source-rules.js';
import { householdImportRows } from '../../registry/domain/import-csv-writer.js';
import { DEMO_REFERENCE_DATE } from '../demo-reference-date.js';
import { generateDemoPopulation } from './demo-population.js';

interface DevelopmentClient {
  clientId: string;
  kid: string;
  purposes: { verification: string; consultation: string };
}

/**
 * `npm start` with REGISTRY_SOURCE=anpr: the portal as a PDND consumer of the local sandboxes. Writes (once) a
 * development client key beside the SPID/CIE keys and the client's ids, the sandbox's clients file with its public
 * key and purposes, and the sandbox's population from the same demo generator the local import uses; returns the
 * variables for the federation and for the backend.
 */
export async function writeAnprSandboxFiles(options: {
  dataDir: string;
  keysDir: string;
  federationUrl: string;
  seed: number;
  size: number;
}): Promise<{ federation: Record<string, string>; backend: Record<string, string> }> {
  const dir = path.join(options.dataDir, 'anpr-sandbox');
  await mkdir(dir, { recursive: true });
  await mkdir(options.keysDir, { recursive: true });
  const keyFile = path.join(options.keysDir, PDND_KEY_FILE);
  const clientFile = path.join(dir, 'client.json');
  if (!existsSync(keyFile) || !existsSync(clientFile)) {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    await writeFile(keyFile, await exportPKCS8(privateKey), { mode: 0o600 });
    const client: DevelopmentClient = {
      clientId: randomUUID(),
      kid: `portale-dev-${randomUUID().slice(0, 8)}`,
      purposes: { verification: randomUUID(), consultation: randomUUID() },
    };
    await writeFile(clientFile, JSON.stringify(client, null, 2));
  }
  const client = JSON.parse(await readFile(clientFile, 'utf8')) as DevelopmentClient;
  const privateJwk = await exportJWK(
    await importPKCS8(await readFile(keyFile, 'utf8'), 'RS256', { extractable: true }),
  );
  const clientsFile = path.join(dir, 'pdnd-clients.json');
  await writeFile(
    clientsFile,
    JSON.stringify([
      {
        clientId: client.clientId,
        kid: client.kid,
        publicJwk: { kty: 'RSA', n: privateJwk.n, e: privateJwk.e },
        purposes: [
          { purposeId: client.purposes.verification, eservice: 'residence-verification' },
          { purposeId: client.purposes.consultation, eservice: 'family-status' },
        ],
      },
    ]),
  );
  const populationFile = path.join(dir, 'population.json');
  const rows = [];
  for (const entry of generateDemoPopulation({
    seed: options.seed,
    size: options.size,
    referenceDate: DEMO_REFERENCE_DATE,
  })) {
    rows.push(...householdImportRows(entry));
  }
  await writeFile(populationFile, JSON.stringify(rows));
  const federation = new URL(options.federationUrl);
  return {
    federation: { PDND_SANDBOX_CLIENTS_FILE: clientsFile, ANPR_SANDBOX_POPULATION_FILE: populationFile },
    backend: {
      REGISTRY_SOURCE: 'anpr',
      PDND_TOKEN_URL: `${options.federationUrl}/pdnd/token.oauth2`,
      PDND_CLIENT_ASSERTION_AUDIENCE: `${federation.host}${federation.pathname.replace(/\/$/, '')}/pdnd/client-assertion`,
      PDND_CLIENT_ID: client.clientId,
      PDND_KID: client.kid,
      PDND_PURPOSE_VERIFICATION: client.purposes.verification,
      PDND_PURPOSE_CONSULTATION: client.purposes.consultation,
      ANPR_URL: `${options.federationUrl}/anpr`,
    },
  };
}
