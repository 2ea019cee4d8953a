import { createPrivateKey } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { createIssuingCa, createRootCa, type KeyAndCertificate, toPem } from './test-certificates.js';

const CA_FILE = 'firma-ca.json';

interface StoredEntry {
  keyPem: string;
  certificatePem: string;
}

/** The published test CA: a root and the "CA qualificata di prova" under it. */
export interface TestCa {
  root: KeyAndCertificate;
  issuing: KeyAndCertificate;
}

function toStored(entry: KeyAndCertificate): StoredEntry {
  return {
    keyPem: entry.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    certificatePem: toPem(entry),
  };
}

function fromStored(entry: StoredEntry): KeyAndCertificate {
  const certificate = forge.pki.certificateFromPem(entry.certificatePem);
  return {
    privateKey: createPrivateKey(entry.keyPem),
    certificate,
    der: Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary'),
  };
}

async function createTestCa(now: Date): Promise<TestCa> {
  const root = await createRootCa('CA radice di prova del portale del cittadino', now);
  return { root, issuing: await createIssuingCa(root, now) };
}

/**
 * Loads the test CA from `<dataDir>/firma-ca.json`, creating and saving it on first start so that a verifier
 * configured with `ca.pem` keeps trusting it across restarts. Without a data dir the CA lives in memory.
 */
export async function loadTestCa(dataDir: string | undefined, now: Date): Promise<TestCa> {
  if (!dataDir) return createTestCa(now);
  const file = join(dataDir, CA_FILE);
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { root: StoredEntry; issuing: StoredEntry };
    return { root: fromStored(stored.root), issuing: fromStored(stored.issuing) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const ca = await createTestCa(now);
  await mkdir(dataDir, { recursive: true });
  const stored = { root: toStored(ca.root), issuing: toStored(ca.issuing) };
  await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return ca;
}
