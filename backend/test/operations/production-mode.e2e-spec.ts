import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/config/paths.js';
import { type Replica, startReplica } from '../security/support/replica.js';

const run = promisify(execFile);

/** Empty counts as unset for the backend, and keeps a developer's `.env` (loaded without overriding) out of the test. */
const UNSET = Object.fromEntries(
  [
    'DATABASE_URL',
    'SESSION_SECRET',
    'OIDC_KEYS_DIR',
    'OIDC_TRUST_ANCHOR_JWKS',
    'CERTIFICATES_SEAL_KEY_FILE',
    'CERTIFICATES_PADES_P12_FILE',
    'CERTIFICATES_PADES_P12_PASSPHRASE',
    'SIGNATURE_TRUSTED_CAS',
  ].map((name) => [name, '']),
);

/** The built backend as a production install would start it, with only `env` set (no inherited portal variables). */
async function bootBuiltBackend(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(NODE_ENV|DEMO_|OIDC_|PUBLIC_URL|DATABASE_URL|SESSION_|CERTIFICATES_|SIGNATURE_|API_DOCS)/.test(
          name,
        ),
    ),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ['backend/dist/backend/src/main.js'], {
      cwd: repoRoot,
      env: { ...inherited, ...UNSET, ...env },
      timeout: 30_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A CA certificate standing in for AgID's trusted list (the firma sandbox's CA is refused in production). */
async function qualifiedCaFile(): Promise<string> {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const ca = forge.pki.createCertificate();
  ca.publicKey = keys.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date();
  ca.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: 'Qualified CA (test)' },
    { name: 'organizationName', value: 'Prestatore qualificato di prova' },
    { name: 'countryName', value: 'IT' },
  ];
  ca.setSubject(name);
  ca.setIssuer(name);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  ca.sign(keys.privateKey, forge.md.sha256.create());
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'qualified-cas-')), 'qualified-cas.pem');
  await writeFile(file, forge.pki.certificateToPem(ca));
  return file;
}

describe('production mode', () => {
  it('should refuse to start with demo data and every other development-only setting, naming each variable', async () => {
    const { federationUrl } = inject('stack');
    const { code, output } = await bootBuiltBackend({
      NODE_ENV: 'production',
      DEMO_DATA: 'true',
      PUBLIC_URL: 'http://localhost:3000',
      OIDC_TRUST_ANCHOR: `${federationUrl}/ta`,
      OIDC_TEST_FEDERATION_URL: federationUrl,
      PORT: '0',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Invalid configuration');
    for (const variable of [
      'DEMO_DATA="true"',
      'PUBLIC_URL="http://localhost:3000"',
      'OIDC_TRUST_ANCHOR=',
      'OIDC_TEST_FEDERATION_URL=',
      'PORT="0"',
      'DATABASE_URL (unset)',
      'SESSION_SECRET (unset)',
      'OIDC_KEYS_DIR (unset)',
      'OIDC_TRUST_ANCHOR_JWKS (unset)',
      'CERTIFICATES_SEAL_KEY_FILE (unset)',
      'CERTIFICATES_PADES_P12_FILE (unset)',
      'CERTIFICATES_PADES_P12_PASSPHRASE (unset)',
      'SIGNATURE_TRUSTED_CAS (unset)',
    ]) {
      expect(output).toContain(`  ${variable}`);
    }
    // Refused before anything was started or written: no database, no generated key, no listening port.
    expect(output).not.toMatch(/Initialising a new embedded|Embedded PostgreSQL ready|Generated|listening/);
  });

  describe('API documentation', () => {
    let closed: Replica;
    let published: Replica;

    beforeAll(async () => {
      // The keys the e2e stack generated at its start stand in for the comune's own, as files given to production.
      const keys = path.join(inject('stack').tmpDir, 'data', 'keys');
      const production = {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://servizi.comune.example.it',
        SESSION_SECRET: 'production-mode-test-secret-0123456789abcdef',
        OIDC_KEYS_DIR: keys,
        OIDC_TRUST_ANCHOR: 'https://trust-anchor.example.it',
        OIDC_TRUST_ANCHOR_JWKS: '{"keys":[]}',
        OIDC_TEST_FEDERATION_URL: '',
        CERTIFICATES_SEAL_KEY_FILE: path.join(keys, 'certificate-seal-key.pem'),
        CERTIFICATES_PADES_P12_FILE: path.join(keys, 'certificate-seal.p12'),
        CERTIFICATES_PADES_P12_PASSPHRASE: (
          await readFile(path.join(keys, 'certificate-seal.p12.passphrase'), 'utf8')
        ).trim(),
        SIGNATURE_TRUSTED_CAS: await qualifiedCaFile(),
      };
      [closed, published] = await Promise.all([
        startReplica(production),
        startReplica({ ...production, API_DOCS_PUBLIC: 'true' }),
      ]);
    });

    afterAll(async () => {
      await Promise.all([closed?.stop(), published?.stop()]);
    });

    it('should not serve the API docs in production', async () => {
      for (const route of ['/api/docs', '/api/openapi.json']) {
        const response = await fetch(`${closed.url}${route}`);
        expect(response.status, route).toBe(404);
      }
    });

    it('should serve them in production when API_DOCS_PUBLIC=true', async () => {
      const document = await fetch(`${published.url}/api/openapi.json`);
      expect(document.status).toBe(200);
      expect(((await document.json()) as { info: { title: string } }).info.title).toBe(
        'Portale del cittadino',
      );
      expect((await fetch(`${published.url}/api/docs`)).status).toBe(200);
    });

    it('should serve them outside production', async () => {
      const response = await fetch(`${inject('stack').backendUrl}/api/openapi.json`);
      expect(response.status).toBe(200);
    });
  });
});
