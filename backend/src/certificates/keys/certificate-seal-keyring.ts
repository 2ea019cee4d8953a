import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { writeNewSecretFile } from '../../common/files/write-new-secret-file.js';
import type { CertificatesConfig } from '../../config/configuration.js';
import { CadesSigner } from '../seal/cades-signer.js';
import { generateDevSealCertificate } from '../seal/pades.js';
import {
  exportSealKeyPem,
  generateSealKey,
  loadSealKeyFromPem,
  loadSealPublicKeyFromPem,
  type SealKey,
  type SealPublicKey,
} from '../seal/seal-key.js';

/**
 * Everything the comune seals certificates with. `verificationKeys` starts with the current key and goes on
 * with the retired ones: after a rotation, certificates sealed with an old key keep verifying.
 */
export class CertificateSealKeyring {
  constructor(
    readonly sealKey: SealKey,
    readonly verificationKeys: readonly SealPublicKey[],
    readonly pades: { p12: Buffer; passphrase: string },
  ) {}
}

export type KeyringSettings = Pick<
  CertificatesConfig,
  'sealKeyFile' | 'verificationKeyFiles' | 'padesP12File' | 'padesPassphrase' | 'generateKeys'
>;

/** Who the development seal certificate names. */
export interface DevSealIdentity {
  municipalityName: string;
}

const HELP = 'see README, "Certificati"';

/**
 * Loads the seal key, the retired verification keys and the PAdES seal certificate. In production they come
 * from configuration and a missing one stops the start; in development the key and a self-signed
 * certificate are generated at first start and kept, so certificates issued earlier keep verifying.
 */
export async function loadCertificateSealKeyring(
  settings: KeyringSettings,
  identity: DevSealIdentity,
  log: (message: string) => void,
): Promise<CertificateSealKeyring> {
  const sealKey = await loadOrGenerateSealKey(settings, log);
  const retired = await Promise.all(
    settings.verificationKeyFiles.map(async (file) => {
      const pem = await readRequired(
        file,
        'Retired certificate seal key',
        'CERTIFICATES_SEAL_VERIFICATION_KEY_FILES',
      );
      try {
        return loadSealPublicKeyFromPem(pem.toString('utf8'));
      } catch (error) {
        throw new Error(
          `Retired certificate seal key ${file} is not an ECDSA P-256 PEM key: ${(error as Error).message}`,
        );
      }
    }),
  );
  const pades = await loadOrGeneratePades(settings, identity, log);
  return new CertificateSealKeyring(
    sealKey,
    [sealKey, ...retired.filter((key) => key.kid !== sealKey.kid)],
    pades,
  );
}

async function loadOrGenerateSealKey(
  settings: KeyringSettings,
  log: (message: string) => void,
): Promise<SealKey> {
  const file = settings.sealKeyFile;
  if (!existsSync(file) && settings.generateKeys) {
    const key = generateSealKey();
    if (await writeNewSecretFile(file, exportSealKeyPem(key).privateKeyPem)) {
      log(`Generated the development certificate seal key (ES256, kid ${key.kid}) in ${file}.`);
      return key;
    }
    // Another replica starting at the same moment wrote it first: use theirs.
  }
  const pem = await readRequired(file, 'Certificate seal key', 'CERTIFICATES_SEAL_KEY_FILE');
  try {
    return loadSealKeyFromPem(pem.toString('utf8'));
  } catch (error) {
    throw new Error(
      `Certificate seal key ${file} is not an ECDSA P-256 private key: ${(error as Error).message}`,
    );
  }
}

async function loadOrGeneratePades(
  settings: KeyringSettings,
  identity: DevSealIdentity,
  log: (message: string) => void,
): Promise<{ p12: Buffer; passphrase: string }> {
  const file = settings.padesP12File;
  const passphraseFile = `${file}.passphrase`;
  if (!existsSync(file) && settings.generateKeys) {
    const dev = generateDevSealCertificate({
      commonName: `Comune di ${identity.municipalityName} - sigillo di sviluppo`,
      organization: `Comune di ${identity.municipalityName}`,
      locality: identity.municipalityName,
      passphrase: settings.padesPassphrase ?? randomBytes(24).toString('base64url'),
    });
    // The passphrase goes first, so whoever sees the certificate finds its passphrase too; the replica that
    // writes the passphrase is the one that writes the certificate, the others wait for it.
    const ownsPassphrase = settings.padesPassphrase
      ? true
      : await writeNewSecretFile(passphraseFile, dev.passphrase);
    if (ownsPassphrase && (await writeNewSecretFile(file, dev.p12))) {
      log(`Generated a self-signed development PAdES seal certificate in ${file}.`);
      return { p12: dev.p12, passphrase: dev.passphrase };
    }
    await waitForFile(file);
  }
  const p12 = await readRequired(file, 'PAdES seal certificate', 'CERTIFICATES_PADES_P12_FILE');
  const passphrase =
    settings.padesPassphrase ??
    (settings.generateKeys
      ? (
          await readRequired(
            passphraseFile,
            'Passphrase of the PAdES seal certificate',
            'CERTIFICATES_PADES_P12_PASSPHRASE',
          )
        )
          .toString('utf8')
          .trim()
      : undefined);
  if (passphrase === undefined) {
    throw new Error(`CERTIFICATES_PADES_P12_PASSPHRASE is required to open ${file} (${HELP})`);
  }
  try {
    // Opening it now turns a wrong passphrase or a certificate without its key into a start-up error.
    new CadesSigner(p12, passphrase);
  } catch (error) {
    throw new Error(`Cannot open the PAdES seal certificate ${file}: ${(error as Error).message} (${HELP})`);
  }
  return { p12, passphrase };
}

async function readRequired(file: string, what: string, variable: string): Promise<Buffer> {
  if (!existsSync(file)) throw new Error(`${what} not found: ${file} (set ${variable}; ${HELP})`);
  return readFile(file);
}

/** Waits for a file another replica is generating (a few seconds at most). */
async function waitForFile(file: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !existsSync(file); attempt++) await delay(100);
}
