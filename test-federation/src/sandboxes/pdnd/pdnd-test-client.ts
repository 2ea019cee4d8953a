import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { CLIENT_ASSERTION_TYPE } from './pdnd-sandbox.js';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/**
 * A PDND consumer for tests of the sandboxes: its own RSA key registered on `/pdnd`, the client assertion, the
 * voucher request and the ModI headers (INTEGRITY_REST_02, AUDIT_REST_02) built the way the portal must build
 * them. Every builder takes overrides so a test can break one rule at a time.
 */
export class PdndTestClient {
  readonly clientId = randomUUID();
  readonly kid = `kid-${randomUUID()}`;

  private constructor(
    readonly federationUrl: string,
    readonly privateKey: SigningKey,
    readonly purposes: Record<string, string>,
  ) {}

  /** Generates a key and registers a client with one purpose per e-service on the sandbox. */
  static async register(
    federationUrl: string,
    eservices: string[],
    registration: { voucherLifespanSeconds?: number } = {},
  ): Promise<PdndTestClient> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', {
      modulusLength: 2048,
      extractable: true,
    });
    const purposes = Object.fromEntries(eservices.map((eservice) => [eservice, randomUUID()]));
    const client = new PdndTestClient(federationUrl, privateKey, purposes);
    const response = await fetch(`${federationUrl}/pdnd/_sandbox/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: client.clientId,
        kid: client.kid,
        publicJwk: await exportJWK(publicKey),
        purposes: Object.entries(purposes).map(([eservice, purposeId]) => ({ purposeId, eservice })),
        ...registration,
      }),
    });
    if (response.status !== 201) throw new Error(`registration refused: ${await response.text()}`);
    return client;
  }

  get clientAssertionAudience(): string {
    const base = new URL(`${this.federationUrl}/pdnd`);
    return `${base.host}${base.pathname}/client-assertion`;
  }

  async clientAssertion(
    eservice: string,
    claims: JWTPayload = {},
    options: { key?: SigningKey; kid?: string; lifetime?: number; iat?: number } = {},
  ): Promise<string> {
    const iat = options.iat ?? Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: this.clientId,
      sub: this.clientId,
      aud: this.clientAssertionAudience,
      purposeId: this.purposes[eservice],
      jti: randomUUID(),
      iat,
      exp: iat + (options.lifetime ?? 120),
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT' })
      .sign(options.key ?? this.privateKey);
  }

  /** `POST /pdnd/token.oauth2`, form-encoded. */
  async requestVoucher(assertion: string, form: Record<string, string | undefined> = {}): Promise<Response> {
    const fields = {
      client_id: this.clientId,
      client_assertion: assertion,
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      grant_type: 'client_credentials',
      ...form,
    };
    const body = new URLSearchParams(
      Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return fetch(`${this.federationUrl}/pdnd/token.oauth2`, { method: 'POST', body });
  }

  /** AUDIT_REST_02 tracking evidence for the e-service at `audience`. */
  async trackingEvidence(eservice: string, audience: string, claims: JWTPayload = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: this.clientId,
      aud: audience,
      purposeId: this.purposes[eservice],
      jti: randomUUID(),
      iat: now,
      exp: now + 60,
      userID: 'operatore-42',
      userLocation: 'portale-cittadino',
      LoA: 'SpidL2',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .sign(this.privateKey);
  }

  /** A voucher bound to the tracking evidence (digest claim); throws if PDND refuses. */
  async voucher(eservice: string, trackingEvidence?: string): Promise<string> {
    const digest = trackingEvidence
      ? { alg: 'SHA256', value: createHash('sha256').update(trackingEvidence).digest('hex') }
      : undefined;
    const response = await this.requestVoucher(
      await this.clientAssertion(eservice, digest ? { digest } : {}),
    );
    if (response.status !== 200)
      throw new Error(`voucher refused: ${response.headers.get('x-sandbox-refusal')}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  /** INTEGRITY_REST_02: the `Digest` header and the JWS signing it with the content type. */
  async integrityHeaders(
    body: string,
    audience: string,
    options: { digest?: string; contentType?: string; claims?: JWTPayload } = {},
  ): Promise<{ digest: string; signature: string }> {
    const digest = options.digest ?? `SHA-256=${createHash('sha256').update(body).digest('base64')}`;
    const now = Math.floor(Date.now() / 1000);
    const signature = await new SignJWT({
      iss: this.clientId,
      sub: this.clientId,
      aud: audience,
      jti: randomUUID(),
      iat: now,
      nbf: now,
      exp: now + 60,
      signed_headers: [{ digest }, { 'content-type': options.contentType ?? 'application/json' }],
      ...options.claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .sign(this.privateKey);
    return { digest, signature };
  }
}
