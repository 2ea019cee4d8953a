import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertStrongRsaKey, generateRsaJwk } from './entity-statement.js';
import type { PrivateJwk } from './federation-types.js';

/** Federation keys sign entity statements; core keys sign tokens. SPID rules keep them apart. */
export interface OpenIdProviderKeys {
  federation: PrivateJwk;
  core: PrivateJwk;
}

export interface FederationKeys {
  trustAnchor: PrivateJwk;
  intermediate: PrivateJwk;
  spid: OpenIdProviderKeys;
  cie: OpenIdProviderKeys;
}

const KEYS_FILE = 'keys.json';

async function generateKeys(): Promise<FederationKeys> {
  const [trustAnchor, intermediate, spidFederation, spidCore, cieFederation, cieCore] = await Promise.all([
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
    generateRsaJwk('sig'),
  ]);
  return {
    trustAnchor,
    intermediate,
    spid: { federation: spidFederation, core: spidCore },
    cie: { federation: cieFederation, core: cieCore },
  };
}

function assertKeys(keys: FederationKeys): FederationKeys {
  for (const key of [
    keys.trustAnchor,
    keys.intermediate,
    keys.spid.federation,
    keys.spid.core,
    keys.cie.federation,
    keys.cie.core,
  ]) {
    assertStrongRsaKey(key);
  }
  return keys;
}

/**
 * Loads the keys from `<dataDir>/keys.json`, generating and saving them on first start, so that
 * entity statements and pairwise subjects stay stable across restarts. Without a data dir the keys
 * live in memory only.
 */
export async function loadFederationKeys(dataDir?: string): Promise<FederationKeys> {
  if (!dataDir) {
    return generateKeys();
  }
  const file = join(dataDir, KEYS_FILE);
  let stored: Partial<FederationKeys> | undefined;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<FederationKeys>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  if (stored?.intermediate) return assertKeys(stored as FederationKeys);
  // A data dir from before the intermediate existed keeps its other keys (and so its pairwise subjects).
  const keys = assertKeys(
    stored
      ? ({ ...stored, intermediate: await generateRsaJwk('sig') } as FederationKeys)
      : await generateKeys(),
  );
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}
