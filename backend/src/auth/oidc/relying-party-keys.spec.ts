import { calculateJwkThumbprint } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertRelyingPartyKeys,
  generateRelyingPartyKeys,
  publicJwks,
  type RelyingPartyKeys,
} from './relying-party-keys.js';

let keys: RelyingPartyKeys;

beforeAll(async () => {
  keys = await generateRelyingPartyKeys();
});

describe('generateRelyingPartyKeys', () => {
  it('should generate three distinct 2048-bit RSA keys whose kid is their thumbprint', async () => {
    for (const key of [keys.federation, keys.signing, keys.encryption]) {
      expect(key.kty).toBe('RSA');
      expect(Buffer.from(key.n ?? '', 'base64url').length * 8).toBe(2048);
      expect(key.kid).toBe(await calculateJwkThumbprint(key));
    }
    expect(keys.encryption.use).toBe('enc');
    expect(() => assertRelyingPartyKeys(keys)).not.toThrow();
  });

  it('should publish only the public members of the keys', () => {
    expect(publicJwks(keys.signing).keys).toEqual([
      { kty: 'RSA', n: keys.signing.n, e: keys.signing.e, kid: keys.signing.kid, use: 'sig' },
    ]);
  });

  it('should refuse keys shorter than 2048 bits or the same key used twice', async () => {
    await expect(generateRelyingPartyKeys(1024)).rejects.toThrow(RangeError);
    expect(() => assertRelyingPartyKeys({ ...keys, signing: { ...keys.signing, n: 'AQAB' } })).toThrow(
      /2048/,
    );
    expect(() => assertRelyingPartyKeys({ ...keys, signing: keys.federation })).toThrow(/distinct/);
  });
});
