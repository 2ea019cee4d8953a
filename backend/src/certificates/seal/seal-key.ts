import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

/**
 * The comune's seal key for the QR contrassegno: ECDSA P-256 (JWS `ES256`), whose 64-byte signatures keep
 * the QR small. Generated on the fly in development, loaded from PEM in production.
 */
export interface SealKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Key id carried in the token header, so keys can be rotated while old certificates still verify. */
  kid: string;
}

export interface SealPublicKey {
  publicKey: KeyObject;
  kid: string;
}

/** First 8 characters of the RFC 7638 JWK thumbprint: unique enough among a comune's few keys, and short. */
function keyId(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') {
    throw new TypeError('The seal key must be an ECDSA P-256 key (ES256).');
  }
  const thumbprintInput = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(thumbprintInput).digest('base64url').slice(0, 8);
}

export function generateSealKey(): SealKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKey, kid: keyId(publicKey) };
}

/** Loads the production key from a PKCS#8 or SEC1 PEM (e.g. `openssl ecparam -name prime256v1 -genkey`). */
export function loadSealKeyFromPem(privateKeyPem: string): SealKey {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, kid: keyId(publicKey) };
}

/** Loads a public key (SPKI PEM) for verification, e.g. a retired key that old certificates were sealed with. */
export function loadSealPublicKeyFromPem(publicKeyPem: string): SealPublicKey {
  const publicKey = createPublicKey(publicKeyPem);
  return { publicKey, kid: keyId(publicKey) };
}

export function exportSealKeyPem(key: SealKey): { privateKeyPem: string; publicKeyPem: string } {
  return {
    privateKeyPem: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyPem: key.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}
