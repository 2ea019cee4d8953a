import { createHash, randomUUID } from 'node:crypto';
import { type CryptoKey, type KeyObject, SignJWT } from 'jose';
import { AnprUnavailable } from './anpr-unavailable.js';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Client assertions live a short time: PDND only needs them for the token call itself. */
const ASSERTION_LIFETIME_SECONDS = 60;
/** A voucher is not used in its last seconds: the e-service must still find it valid on arrival. */
const EXPIRY_MARGIN_SECONDS = 30;

export interface PdndClientCoordinates {
  tokenUrl: string;
  clientAssertionAudience: string;
  clientId: string;
  kid: string;
  timeoutMs: number;
}

interface CachedVoucher {
  token: Promise<string>;
  /** Epoch seconds after which the voucher is asked again. */
  renewAt: number;
}

/**
 * The portal as a PDND consumer: a client assertion (RS256, `kid`, `iss` = `sub` = client id, `aud`,
 * `purposeId`, `jti`, 60 s) exchanged at the token endpoint for a voucher. One voucher per purpose (AUDIT_REST_01,
 * shared by every user; with AUDIT_REST_02, one per tracking evidence it is bound to) is kept until 30 s before it
 * expires; concurrent callers share the request in flight, so PDND sees one call per voucher lifetime.
 */
export class PdndVoucherClient {
  private readonly cache = new Map<string, CachedVoucher>();

  constructor(
    private readonly coordinates: PdndClientCoordinates,
    private readonly key: CryptoKey | KeyObject,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The voucher for `purposeId`. Without `trackingEvidence` (AUDIT_REST_01) it carries no `digest` and serves
   * every user; with it (AUDIT_REST_02) it is bound (claim `digest`) to that one JWT.
   */
  voucher(purposeId: string, trackingEvidence?: string): Promise<string> {
    const digest = trackingEvidence ? createHash('sha256').update(trackingEvidence).digest('hex') : '';
    const cacheKey = `${purposeId} ${digest}`;
    const nowSeconds = this.seconds();
    this.forgetExpired(nowSeconds);
    const cached = this.cache.get(cacheKey);
    if (cached && cached.renewAt > nowSeconds) return cached.token;
    const entry: CachedVoucher = { token: Promise.resolve(''), renewAt: Number.POSITIVE_INFINITY };
    entry.token = this.requestVoucher(purposeId, digest).then(
      ({ token, expiresIn }) => {
        entry.renewAt = nowSeconds + Math.max(0, expiresIn - EXPIRY_MARGIN_SECONDS);
        return token;
      },
      (error: unknown) => {
        this.cache.delete(cacheKey);
        throw error;
      },
    );
    this.cache.set(cacheKey, entry);
    return entry.token;
  }

  async clientAssertion(purposeId: string, digest: string): Promise<string> {
    const iat = this.seconds();
    return new SignJWT({
      purposeId,
      ...(digest ? { digest: { alg: 'SHA256', value: digest } } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.coordinates.kid, typ: 'JWT' })
      .setIssuer(this.coordinates.clientId)
      .setSubject(this.coordinates.clientId)
      .setAudience(this.coordinates.clientAssertionAudience)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + ASSERTION_LIFETIME_SECONDS)
      .sign(this.key);
  }

  private async requestVoucher(
    purposeId: string,
    digest: string,
  ): Promise<{ token: string; expiresIn: number }> {
    const body = new URLSearchParams({
      client_id: this.coordinates.clientId,
      client_assertion: await this.clientAssertion(purposeId, digest),
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      grant_type: 'client_credentials',
    });
    let response: Response;
    try {
      response = await fetch(this.coordinates.tokenUrl, {
        method: 'POST',
        body,
        signal: AbortSignal.timeout(this.coordinates.timeoutMs),
      });
    } catch (error) {
      throw AnprUnavailable.unreachable('PDND', error);
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw AnprUnavailable.refused('PDND', response.status);
    }
    const answer = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string' || typeof answer.expires_in !== 'number') {
      throw AnprUnavailable.refused('PDND', response.status);
    }
    return { token: answer.access_token, expiresIn: answer.expires_in };
  }

  private forgetExpired(nowSeconds: number): void {
    for (const [key, entry] of this.cache) if (entry.renewAt <= nowSeconds) this.cache.delete(key);
  }

  private seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}
