import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../common/errors/domain-error.js';
import {
  createTestCa,
  issueTestSigner,
  samplePdf,
  signCades,
  signPades,
  type TestIdentity,
  trustAnchor,
} from './signature.fixtures.js';
import { verifySignedDocument } from './verify-signed-document.js';

const root = createTestCa('CA radice dei test');
const unknownRoot = createTestCa('CA sconosciuta dei test');
const signerOptions = { fiscalCode: 'RSSMRA80A01H501U', givenName: 'Mario', familyName: 'Rossi' };
const signer = issueTestSigner(root, signerOptions);
const context = () => ({ trustAnchors: [trustAnchor(root)], now: new Date() });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught as DomainError,
  );
  if (!error) throw new Error('the document was accepted');
  return error;
}

function flipByteOf(bytes: Buffer, needle: string): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in the file`);
  copy[at] ^= 0x01;
  return copy;
}

describe('verifySignedDocument', () => {
  it('should accept a PAdES PDF and name its signer with the fiscal code and the /M signing time', async () => {
    const pdf = await samplePdf();
    const signedAt = new Date(Date.now() - 60_000);
    const signed = await signPades(pdf, signer, [], signedAt);
    const verified = await verifySignedDocument(signed, context());
    expect(verified.format).toBe('pades');
    expect(verified.pdf.equals(signed)).toBe(true);
    expect(verified.signer).toMatchObject({
      commonName: 'Mario Rossi',
      givenName: 'Mario',
      familyName: 'Rossi',
      fiscalCode: 'RSSMRA80A01H501U',
      issuer: 'CA radice dei test',
    });
    expect(verified.signedAtSource).toBe('pdf-signature-dictionary');
    expect(Math.abs(verified.signedAt.getTime() - signedAt.getTime())).toBeLessThan(1000);
  });

  it('should accept a CAdES .p7m, DER or base64, and return the PDF inside', async () => {
    const pdf = await samplePdf('Procura speciale');
    const p7m = signCades(pdf, signer);
    for (const bytes of [p7m, Buffer.from(p7m.toString('base64'))]) {
      const verified = await verifySignedDocument(bytes, context());
      expect(verified.format).toBe('cades');
      expect(verified.pdf.equals(pdf)).toBe(true);
      expect(verified.signer.fiscalCode).toBe('RSSMRA80A01H501U');
      expect(verified.signedAtSource).toBe('signing-time-attribute');
    }
  });

  it('should refuse an unsigned PDF and a file that is neither PDF nor CMS', async () => {
    expect((await refusal(verifySignedDocument(await samplePdf(), context()))).code).toBe(
      'SIGNATURE_MISSING',
    );
    expect(
      (await refusal(verifySignedDocument(Buffer.from('just text, no signature'), context()))).code,
    ).toBe('SIGNATURE_MISSING');
  });

  it('should refuse an expired certificate, PAdES and CAdES, with the expiry date in Italian', async () => {
    const expired = issueTestSigner(root, { ...signerOptions, expired: true });
    const pdf = await samplePdf();
    for (const signed of [await signPades(pdf, expired), signCades(pdf, expired)]) {
      const error = await refusal(verifySignedDocument(signed, context()));
      expect(error.code).toBe('SIGNATURE_CERTIFICATE_EXPIRED');
      expect(error.status).toBe(422);
      expect(error.field).toBe('file');
      expect(error.detail).toMatch(/Mario Rossi è scaduto il \d{2}\/\d{2}\/\d{4}/);
    }
  });

  it('should accept a certificate expired today when it was valid at the signing time', async () => {
    const now = new Date();
    const expired = issueTestSigner(root, { ...signerOptions, expired: true, now });
    const pdf = await samplePdf();
    const signedThen = signCades(pdf, expired, [], new Date(now.getTime() - 30 * 86_400_000));
    const verified = await verifySignedDocument(signedThen, { trustAnchors: [trustAnchor(root)], now });
    expect(verified.signer.commonName).toBe('Mario Rossi');
  });

  it('should refuse a certificate issued by a CA that is not trusted', async () => {
    const stranger = issueTestSigner(unknownRoot, signerOptions);
    const pdf = await samplePdf();
    for (const signed of [await signPades(pdf, stranger, [unknownRoot]), signCades(pdf, stranger)]) {
      const error = await refusal(verifySignedDocument(signed, context()));
      expect(error.code).toBe('SIGNATURE_UNTRUSTED_CA');
      expect(error.detail).toContain('CA sconosciuta dei test');
    }
  });

  it('should refuse a signature key without nonRepudiation', async () => {
    const authenticationKey = issueTestSigner(root, { ...signerOptions, digitalSignatureOnly: true });
    const pdf = await samplePdf();
    for (const signed of [await signPades(pdf, authenticationKey), signCades(pdf, authenticationKey)]) {
      expect((await refusal(verifySignedDocument(signed, context()))).code).toBe('SIGNATURE_KEY_USAGE');
    }
  });

  it('should refuse a PAdES PDF with one byte changed inside the signed range', async () => {
    const signed = await signPades(await samplePdf(), signer);
    const altered = flipByteOf(signed, 'Firma di prova');
    expect((await refusal(verifySignedDocument(altered, context()))).code).toBe('SIGNATURE_INVALID');
  });

  it('should refuse a .p7m whose attached PDF changed after signing', async () => {
    const pdf = await samplePdf('Relazione');
    const p7m = signCades(pdf, signer);
    const altered = Buffer.from(p7m);
    altered[p7m.indexOf(pdf) + Math.floor(pdf.length / 2)] ^= 0x01;
    expect((await refusal(verifySignedDocument(altered, context()))).code).toBe('SIGNATURE_INVALID');
  });

  it('should refuse a PAdES PDF with bytes appended after the signed range', async () => {
    const signed = await signPades(await samplePdf(), signer);
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj << /Evil true >> endobj\n')]);
    expect((await refusal(verifySignedDocument(appended, context()))).code).toBe(
      'SIGNATURE_RANGE_INCOMPLETE',
    );
  });

  it('should refuse a /ByteRange rewritten to leave more than the /Contents out', async () => {
    const signed = await signPades(await samplePdf(), signer);
    const text = signed.toString('latin1');
    const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(text)!;
    const [a, b, c, d] = match.slice(1).map(Number);
    const forged = `/ByteRange [${a} ${b - 10} ${c} ${d}]`.padEnd(match[0].length, ' ');
    const rewritten = Buffer.from(text.replace(match[0], forged), 'latin1');
    expect((await refusal(verifySignedDocument(rewritten, context()))).code).toBe(
      'SIGNATURE_RANGE_INCOMPLETE',
    );
  });

  it('should refuse a signature by a chain whose intermediate is absent and whose issuer is unknown', async () => {
    const intermediate: TestIdentity = createTestCa('CA intermedia non pubblicata');
    const orphan = issueTestSigner(intermediate, signerOptions);
    const signed = signCades(await samplePdf(), orphan);
    expect((await refusal(verifySignedDocument(signed, context()))).code).toBe('SIGNATURE_UNTRUSTED_CA');
  });
});
