import { generateKeyPairSync } from 'node:crypto';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateContent } from '../domain/certificate-content.js';
import { marriedResident } from '../domain/certificate-subject.fixtures.js';
import { buildCertificateContent } from '../domain/certificate-text.js';
import { resolveStampDuty } from '../domain/stamp-duty.js';
import { generateCertificateCode } from './certificate-code.js';
import { canonicalJson, sealDigest } from './seal-digest.js';
import {
  exportSealKeyPem,
  generateSealKey,
  loadSealKeyFromPem,
  loadSealPublicKeyFromPem,
  type SealKey,
} from './seal-key.js';
import { createSealToken, verifySealToken } from './seal-token.js';
import { buildVerificationUrl } from './verification-url.js';

function sampleContent(): CertificateContent {
  return buildCertificateContent({
    code: generateCertificateCode(),
    types: ['residence', 'household_relationships'],
    subject: marriedResident(),
    stampDuty: resolveStampDuty({ marcaId: '01234567890123' }),
    issuer: { municipalityName: "Spino d'Adda", provinceName: 'Cremona' },
    issuedAt: new Date('2025-03-10T09:15:00Z'),
  });
}

describe('seal token', () => {
  let key: SealKey;
  let content: CertificateContent;
  let token: string;

  beforeAll(async () => {
    key = generateSealKey();
    content = sampleContent();
    token = await createSealToken(content, key);
  });

  it('should verify against the comune key and the stored content', async () => {
    expect(await verifySealToken(token, key, content)).toEqual({
      valid: true,
      kid: key.kid,
      digest: sealDigest(content).toString('base64url'),
    });
    expect((await verifySealToken(token, key.publicKey)).valid).toBe(true);
  });

  it('should detect any change to the printed content', async () => {
    const tampered = structuredClone(content);
    tampered.sections[1].table!.rows[1][0] = 'BIANCHI ANNA MARIA';
    expect(await verifySealToken(token, key, tampered)).toEqual({ valid: false, reason: 'content_mismatch' });
    const otherDate = { ...content, issueDate: '2025-03-11' };
    expect(await verifySealToken(token, key, otherDate)).toEqual({
      valid: false,
      reason: 'content_mismatch',
    });
  });

  it('should detect a changed token', async () => {
    const [header, payload, signature] = token.split('.');
    const flipped = signature[10] === 'A' ? 'B' : 'A';
    const forgedSignature = `${header}.${payload}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}`;
    expect(await verifySealToken(forgedSignature, key, content)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
    const otherPayload = sealDigest({ ...content, code: generateCertificateCode() }).toString('base64url');
    expect(await verifySealToken(`${header}.${otherPayload}.${signature}`, key)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('should refuse a token sealed by another key', async () => {
    const stranger = generateSealKey();
    const forged = await createSealToken(content, stranger);
    expect(await verifySealToken(forged, key, content)).toEqual({ valid: false, reason: 'unknown_key' });
    expect(await verifySealToken(forged, key.publicKey, content)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('should pick the right key among current and retired ones', async () => {
    const retired = generateSealKey();
    expect((await verifySealToken(token, [retired, key], content)).valid).toBe(true);
  });

  it('should answer malformed input without throwing', async () => {
    expect(await verifySealToken('not-a-token', key)).toEqual({ valid: false, reason: 'malformed' });
    expect(await verifySealToken('', key)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('should load the production key from PEM and keep its key id', async () => {
    const { privateKeyPem, publicKeyPem } = exportSealKeyPem(key);
    const loaded = loadSealKeyFromPem(privateKeyPem);
    const publicOnly = loadSealPublicKeyFromPem(publicKeyPem);
    expect(loaded.kid).toBe(key.kid);
    expect(publicOnly.kid).toBe(key.kid);
    expect((await verifySealToken(await createSealToken(content, loaded), publicOnly, content)).valid).toBe(
      true,
    );
  });

  it('should refuse a seal key that is not P-256', () => {
    expect(() => loadSealKeyFromPem(ecPrivateKeyPem('secp384r1'))).toThrow(/P-256/);
  });

  it('should stay short enough for a QR code readable from paper', () => {
    expect(token.length).toBeLessThanOrEqual(180);
    const url = buildVerificationUrl('https://servizi.comune.spinodadda.cr.it', content.code, token);
    expect(url).toBe(`https://servizi.comune.spinodadda.cr.it/verifica/${content.code}?s=${token}`);
    expect(QRCode.create(url, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(11);
  });
});

describe('canonicalJson', () => {
  it('should not depend on key order and should drop undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"f":2}]},"b":1}',
    );
  });
});

function ecPrivateKeyPem(namedCurve: string): string {
  return generateKeyPairSync('ec', { namedCurve })
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();
}
