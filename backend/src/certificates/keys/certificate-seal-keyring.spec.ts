import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { marriedResident } from '../domain/certificate-subject.fixtures.js';
import { buildCertificateContent } from '../domain/certificate-text.js';
import { resolveStampDuty } from '../domain/stamp-duty.js';
import { exportSealKeyPem, generateSealKey } from '../seal/seal-key.js';
import { createSealToken, verifySealToken } from '../seal/seal-token.js';
import { type KeyringSettings, loadCertificateSealKeyring } from './certificate-seal-keyring.js';

const IDENTITY = { municipalityName: "Spino d'Adda" };

const content = buildCertificateContent({
  code: '3GDDFH6XWYAC0TQB',
  types: ['residence'],
  subject: marriedResident(),
  stampDuty: resolveStampDuty({ exemption: 'tax' }),
  issuer: { municipalityName: "Spino d'Adda", provinceName: 'Cremona' },
  issuedAt: new Date('2025-03-10T09:15:00Z'),
});

describe('loadCertificateSealKeyring', () => {
  let dir: string;
  let settings: KeyringSettings;
  const logs: string[] = [];
  const log = (message: string) => logs.push(message);

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seal-keyring-'));
    settings = {
      sealKeyFile: path.join(dir, 'keys', 'certificate-seal-key.pem'),
      verificationKeyFiles: [],
      padesP12File: path.join(dir, 'keys', 'certificate-seal.p12'),
      padesPassphrase: null,
      generateKeys: true,
    };
    logs.length = 0;
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should generate the seal key and a development seal certificate at first start, then keep them', async () => {
    const first = await loadCertificateSealKeyring(settings, IDENTITY, log);
    expect(logs).toHaveLength(2);
    expect((await stat(settings.sealKeyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(settings.padesP12File)).mode & 0o777).toBe(0o600);
    const second = await loadCertificateSealKeyring(settings, IDENTITY, log);
    expect(logs).toHaveLength(2);
    expect(second.sealKey.kid).toBe(first.sealKey.kid);
    expect(second.pades.p12.equals(first.pades.p12)).toBe(true);
    expect(second.pades.passphrase).toBe(first.pades.passphrase);
    const token = await createSealToken(content, first.sealKey);
    expect(await verifySealToken(token, second.verificationKeys, content)).toMatchObject({ valid: true });
  });

  it('should give replicas starting together on one data folder the same generated keys', async () => {
    const replicas = await Promise.all(
      [1, 2, 3].map(() => loadCertificateSealKeyring(settings, IDENTITY, log)),
    );
    const [first, ...others] = replicas;
    for (const other of others) {
      expect(other.sealKey.kid).toBe(first.sealKey.kid);
      expect(other.pades.p12.equals(first.pades.p12)).toBe(true);
      expect(other.pades.passphrase).toBe(first.pades.passphrase);
    }
    const stored = await loadCertificateSealKeyring(settings, IDENTITY, log);
    expect(stored.sealKey.kid).toBe(first.sealKey.kid);
    expect(stored.pades.p12.equals(first.pades.p12)).toBe(true);
  });

  it('should stop the start naming the variable when production keys are missing', async () => {
    const production = { ...settings, generateKeys: false, padesPassphrase: 'secret' };
    await expect(loadCertificateSealKeyring(production, IDENTITY, log)).rejects.toThrow(
      /Certificate seal key not found: .*certificate-seal-key\.pem \(set CERTIFICATES_SEAL_KEY_FILE/,
    );
    await writeFile(
      production.sealKeyFile.replace('/keys/', '/'),
      exportSealKeyPem(generateSealKey()).privateKeyPem,
    );
    const withKey = { ...production, sealKeyFile: production.sealKeyFile.replace('/keys/', '/') };
    await expect(loadCertificateSealKeyring(withKey, IDENTITY, log)).rejects.toThrow(
      /PAdES seal certificate not found: .* \(set CERTIFICATES_PADES_P12_FILE/,
    );
    expect(logs).toEqual([]);
  });

  it('should refuse at start a seal certificate whose passphrase is wrong', async () => {
    await loadCertificateSealKeyring(settings, IDENTITY, log);
    await expect(
      loadCertificateSealKeyring({ ...settings, padesPassphrase: 'sbagliata' }, IDENTITY, log),
    ).rejects.toThrow(/Cannot open the PAdES seal certificate/);
  });

  it('should keep verifying certificates sealed with a retired key after a rotation', async () => {
    const before = await loadCertificateSealKeyring(settings, IDENTITY, log);
    const oldToken = await createSealToken(content, before.sealKey);
    const retiredFile = path.join(dir, 'retired.pub.pem');
    await writeFile(retiredFile, exportSealKeyPem(before.sealKey).publicKeyPem);
    const newKeyFile = path.join(dir, 'new-key.pem');
    await writeFile(newKeyFile, exportSealKeyPem(generateSealKey()).privateKeyPem);

    const rotated = await loadCertificateSealKeyring(
      { ...settings, sealKeyFile: newKeyFile, verificationKeyFiles: [retiredFile] },
      IDENTITY,
      log,
    );
    expect(rotated.sealKey.kid).not.toBe(before.sealKey.kid);
    expect(rotated.verificationKeys.map((key) => key.kid)).toEqual([rotated.sealKey.kid, before.sealKey.kid]);
    expect(await verifySealToken(oldToken, rotated.verificationKeys, content)).toMatchObject({ valid: true });
    const withoutRetired = await loadCertificateSealKeyring(
      { ...settings, sealKeyFile: newKeyFile },
      IDENTITY,
      log,
    );
    expect(await verifySealToken(oldToken, withoutRetired.verificationKeys, content)).toEqual({
      valid: false,
      reason: 'unknown_key',
    });
    expect(await readFile(retiredFile, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});
