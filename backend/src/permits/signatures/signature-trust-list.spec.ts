import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { certificatePem, createTestCa } from './signature.fixtures.js';
import { loadTrustAnchors, SANDBOX_CA_ORGANIZATION } from './signature-trust-list.js';

function pemFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'trust-')), 'cas.pem');
  writeFileSync(file, content);
  return file;
}

function sandboxLikeCa(): string {
  const ca = createTestCa('CA radice di prova');
  const subject = [
    { name: 'countryName', value: 'IT' },
    { name: 'organizationName', value: SANDBOX_CA_ORGANIZATION },
    { name: 'commonName', value: 'CA radice di prova' },
  ];
  ca.certificate.setSubject(subject);
  ca.certificate.setIssuer(subject);
  ca.certificate.sign(ca.key, forge.md.sha256.create());
  return certificatePem(ca);
}

describe('loadTrustAnchors', () => {
  it('should read every certificate of every file', () => {
    const bundle = pemFile(certificatePem(createTestCa('Uno')) + certificatePem(createTestCa('Due')));
    const single = pemFile(certificatePem(createTestCa('Tre')));
    expect(loadTrustAnchors([bundle, single], true)).toHaveLength(3);
  });

  it('should refuse a file without certificates', () => {
    expect(() => loadTrustAnchors([pemFile('not a certificate')], false)).toThrow(/holds no PEM certificate/);
  });

  it('should trust the firma sandbox in development and refuse it in production', () => {
    const file = pemFile(sandboxLikeCa());
    expect(loadTrustAnchors([file], false)).toHaveLength(1);
    expect(() => loadTrustAnchors([file], true)).toThrow(/firma sandbox/);
  });
});
