import { isIP } from 'node:net';

/** The names Express's `trust proxy` (proxy-addr) knows for private address ranges. */
const PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isTrustedProxy(item: string): boolean {
  if (PRESETS.has(item)) return true;
  const parts = item.split('/');
  if (parts.length > 2) return false;
  const [address = '', bits] = parts;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function items(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

/** `none`, or a comma-separated list of addresses, CIDR ranges and proxy-addr's preset names. */
export function isTrustProxyList(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.trim() === 'none') return true;
  return items(value).every(isTrustedProxy);
}

/** The validated `TRUST_PROXY` as Express's `trust proxy` setting. */
export function parseTrustProxy(value: string): string[] | false {
  return value.trim() === 'none' ? false : items(value);
}
