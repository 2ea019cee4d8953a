import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeNewSecretFile } from '../../common/files/write-new-secret-file.js';
import { assertRelyingPartyKeys, generateRelyingPartyKeys, type RelyingPartyKeys } from '../oidc/index.js';

export const KEYS_FILE = 'relying-party.json';

/**
 * The relying party's private keys, `{ federation, signing, encryption }` as private JWKs in
 * `<keysDir>/relying-party.json`. Production provides the file (OIDC_KEYS_DIR); development generates it
 * at first start and keeps it, so the entity configuration stays stable across restarts.
 */
export async function loadRelyingPartyKeys(
  keysDir: string,
  generate: boolean,
  log: (message: string) => void,
): Promise<RelyingPartyKeys> {
  const file = path.join(keysDir, KEYS_FILE);
  if (existsSync(file)) {
    const keys = JSON.parse(await readFile(file, 'utf8')) as RelyingPartyKeys;
    assertRelyingPartyKeys(keys);
    return keys;
  }
  if (!generate) {
    throw new Error(`Relying-party keys not found: ${file} (see README, "SPID/CIE keys")`);
  }
  const keys = await generateRelyingPartyKeys();
  if (!(await writeNewSecretFile(file, JSON.stringify(keys, null, 2)))) {
    // Another replica starting at the same moment wrote its keys first: every replica must use the same.
    return loadRelyingPartyKeys(keysDir, false, log);
  }
  log(`Generated development SPID/CIE relying-party keys in ${file}.`);
  return keys;
}
