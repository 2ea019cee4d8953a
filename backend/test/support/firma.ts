import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { samplePdf } from '../../src/permits/signatures/signature.fixtures.js';
import type { TestIdentity } from './factories.js';

/** What the firma sandbox can spoil in a signature, to test that the portal refuses it. */
export type SignatureDefect =
  | 'expired-certificate'
  | 'unknown-ca'
  | 'no-non-repudiation'
  | 'altered-after-signing';

/**
 * Signs a PDF through the firma sandbox of the test federation as `who`, as a technician's signing tool would:
 * PAdES (the signed PDF) or CAdES (the `.p7m` envelope), optionally spoiled. Without `pdf`, a one-page sample.
 */
export async function signWithFirmaSandbox(
  federationUrl: string,
  who: TestIdentity,
  options: { format?: 'pades' | 'cades'; defect?: SignatureDefect; pdf?: Buffer } = {},
): Promise<Buffer> {
  const query = new URLSearchParams({
    format: options.format ?? 'pades',
    fiscalCode: who.fiscalCode,
    givenName: who.givenName,
    familyName: who.familyName,
    ...(options.defect ? { defect: options.defect } : {}),
  });
  const response = await fetch(`${federationUrl}/firma/sign?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf' },
    body: new Uint8Array(options.pdf ?? (await samplePdf(`Documento ${randomInt(1e9)}`))),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}
