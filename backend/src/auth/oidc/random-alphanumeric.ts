import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random string of letters and digits only. SPID wants `state` and `nonce` of at least 32
 * alphanumeric characters, which base64url output (with `-` and `_`) does not guarantee.
 * 48 characters carry about 285 bits.
 */
export function randomAlphanumeric(length = 48): string {
  let result = '';
  for (let i = 0; i < length; i++) result += ALPHABET[randomInt(ALPHABET.length)];
  return result;
}
