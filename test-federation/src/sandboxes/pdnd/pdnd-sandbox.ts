import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { OpenAPIBackend } from 'openapi-backend';
import { toPublicJwk } from '../../entity-statement.js';
import type { PrivateJwk } from '../../federation-types.js';
import { sendJson } from '../../http-responses.js';
import {
  DEFAULT_SWITCHES,
  handleSwitchesRoute,
  isUuid,
  loadDescription,
  passSwitches,
  readBody,
  readJson,
  type SandboxSwitches,
  switchesFor,
} from './sandbox-support.js';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** PDND's only digest algorithm for the AUDIT_REST_02 binding; the value is 64 hex characters. */
export const DIGEST_ALG = 'SHA256';

/** A consumer's client as registered on PDND: one key, the purposes it may ask vouchers for. */
export interface PdndClient {
  clientId: string;
  kid: string;
  publicJwk: JWK;
  purposes: { purposeId: string; eservice: string }[];
  /**
   * Sandbox only (on PDND the e-service sets it): this client's vouchers live this many seconds instead of the
   * sandbox's lifespan, so one test can watch its own client renew without shortening everyone's vouchers.
   */
  voucherLifespanSeconds?: number;
}

/** An e-service a producer published; `audience` is what its vouchers carry in `aud`. */
export interface PdndEService {
  id: string;
  audience: string;
  producerId: string;
  descriptorId: string;
}

export interface PdndSandboxOptions {
  /** Public origin + base path of the federation (no trailing slash). */
  url: string;
  /** PDND's voucher signing key. */
  key: PrivateJwk;
  now?: () => Date;
  /** Voucher lifetime in seconds (PDND: the e-service's voucher lifespan). Default 600. */
  voucherLifespanSeconds?: number;
  /** Sandbox rule, stricter than PDND: a client assertion may live at most this long. Default 300. */
  maxAssertionLifetimeSeconds?: number;
  /** JSON array of clients (as `POST /_sandbox/clients`) registered at start and again on reset. */
  clientsFile?: string;
}

/** The claims the sandbox puts in a voucher (PDND's consumer token). */
export interface VoucherClaims extends JWTPayload {
  client_id: string;
  purposeId: string;
  digest?: { alg: string; value: string };
  eserviceId: string;
}

export type VoucherCheck =
  | { ok: true; claims: VoucherClaims; client: PdndClient }
  | { ok: false; failure: 'expired' | 'invalid' | 'forbidden'; reason: string };

class Refusal extends Error {}

/**
 * Sandbox of the PDND Interoperabilità authorization server (`POST /pdnd/token.oauth2`), for development and
 * tests only. Refusals answer like PDND: 400 with one generic problem (015-0008); the reason is only in the
 * `x-sandbox-refusal` header, which PDND does not have.
 */
export class PdndSandbox {
  readonly clientAssertionAudience: string;
  readonly issuer: string;
  private readonly now: () => Date;
  private readonly voucherLifespan: number;
  private readonly maxAssertionLifetime: number;
  private readonly clients = new Map<string, PdndClient>();
  private readonly eservices = new Map<string, PdndEService>();
  private readonly usedJti = new Map<string, number>();
  private switches: SandboxSwitches = { ...DEFAULT_SWITCHES };
  private api?: Promise<OpenAPIBackend>;
  /**
   * Calls of the token endpoint and vouchers issued, per client and per purpose, and how many were bound to a
   * tracking evidence (AUDIT_REST_02): how a consumer's voucher cache is measured.
   */
  private stats = PdndSandbox.emptyStats();

  private static emptyStats() {
    return {
      tokenRequests: 0,
      vouchersIssued: 0,
      boundToEvidence: 0,
      byClient: {} as Record<string, number>,
      byPurpose: {} as Record<string, number>,
    };
  }

  constructor(private readonly options: PdndSandboxOptions) {
    const base = new URL(`${options.url}/pdnd`);
    // PDND's audiences are host + path, without a scheme (auth.interop.pagopa.it/client-assertion).
    this.clientAssertionAudience = `${base.host}${base.pathname}/client-assertion`;
    this.issuer = `${base.host}${base.pathname}`;
    this.now = options.now ?? (() => new Date());
    this.voucherLifespan = options.voucherLifespanSeconds ?? 600;
    this.maxAssertionLifetime = options.maxAssertionLifetimeSeconds ?? 300;
  }

  get tokenEndpoint(): string {
    return `${this.options.url}/pdnd/token.oauth2`;
  }

  addEService(eservice: Omit<PdndEService, 'descriptorId' | 'producerId'> & Partial<PdndEService>): void {
    this.eservices.set(eservice.id, {
      producerId: randomUUID(),
      descriptorId: randomUUID(),
      ...eservice,
    });
  }

  addClient(client: PdndClient): void {
    if (!isUuid(client.clientId)) throw new Refusal('clientId must be a UUID');
    if (typeof client.kid !== 'string' || !/^[A-Za-z0-9_-]+$/.test(client.kid)) {
      throw new Refusal('kid must be alphanumeric, - or _');
    }
    if (client.publicJwk?.kty !== 'RSA' || 'd' in client.publicJwk) {
      throw new Refusal('publicJwk must be a public RSA JWK');
    }
    if (!Array.isArray(client.purposes) || client.purposes.length === 0)
      throw new Refusal('purposes required');
    for (const purpose of client.purposes) {
      if (!isUuid(purpose.purposeId)) throw new Refusal('purposeId must be a UUID');
      if (!this.eservices.has(purpose.eservice)) {
        throw new Refusal(
          `unknown eservice ${purpose.eservice}; known: ${[...this.eservices.keys()].join(', ')}`,
        );
      }
    }
    const lifespan = client.voucherLifespanSeconds;
    if (lifespan !== undefined && !(Number.isInteger(lifespan) && lifespan >= 1 && lifespan <= 86_400)) {
      throw new Refusal('voucherLifespanSeconds must be an integer from 1 to 86400');
    }
    this.clients.set(client.clientId, {
      clientId: client.clientId,
      kid: client.kid,
      publicJwk: { kty: 'RSA', n: client.publicJwk.n, e: client.publicJwk.e },
      purposes: client.purposes.map(({ purposeId, eservice }) => ({ purposeId, eservice })),
      ...(lifespan === undefined ? {} : { voucherLifespanSeconds: lifespan }),
    });
  }

  /** The client whose key has this kid (PDND: `GET /keys/{kid}`). */
  clientByKid(kid: string): PdndClient | undefined {
    return [...this.clients.values()].find((client) => client.kid === kid);
  }

  /** Back to the start: the clients of the clients file only, no used jti, no switch on. */
  reset(): void {
    this.clients.clear();
    this.usedJti.clear();
    this.switches = { ...DEFAULT_SWITCHES };
    this.stats = PdndSandbox.emptyStats();
    this.loadClientsFile();
  }

  /** Called once the e-services are known (clients name them), and on reset. */
  loadClientsFile(): void {
    if (!this.options.clientsFile) return;
    const clients: unknown = JSON.parse(readFileSync(this.options.clientsFile, 'utf8'));
    if (!Array.isArray(clients))
      throw new Error(`${this.options.clientsFile}: expected a JSON array of clients`);
    for (const client of clients) this.addClient(client as PdndClient);
  }

  /** What an e-service checks of a voucher: PDND's signature, expiry, audience, a purpose on that e-service. */
  async verifyVoucher(token: string, eserviceId: string): Promise<VoucherCheck> {
    const eservice = this.eservices.get(eserviceId);
    if (!eservice) return { ok: false, failure: 'invalid', reason: `unknown eservice ${eserviceId}` };
    let claims: VoucherClaims;
    try {
      const key = await importJWK(toPublicJwk(this.options.key), 'RS256');
      const verified = await jwtVerify<VoucherClaims>(token, key, {
        algorithms: ['RS256'],
        issuer: this.issuer,
        typ: 'at+jwt',
        currentDate: this.now(),
      });
      claims = verified.payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        return { ok: false, failure: 'expired', reason: 'voucher expired' };
      return { ok: false, failure: 'invalid', reason: `voucher: ${(error as Error).message}` };
    }
    const audiences = [claims.aud ?? []].flat();
    if (!audiences.includes(eservice.audience)) {
      return {
        ok: false,
        failure: 'invalid',
        reason: `voucher audience ${audiences.join(',')} is not this e-service`,
      };
    }
    const client = this.clients.get(claims.client_id);
    const purpose = client?.purposes.find((entry) => entry.purposeId === claims.purposeId);
    if (!client || !purpose || purpose.eservice !== eserviceId) {
      return { ok: false, failure: 'forbidden', reason: 'purpose not authorized on this e-service' };
    }
    return { ok: true, claims, client };
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, _url: URL): Promise<void> {
    if (path.startsWith('/_sandbox/')) return this.handleControl(req, res, path);
    if (path === '/.well-known/jwks.json' && req.method === 'GET') {
      return sendJson(res, 200, { keys: [{ ...toPublicJwk(this.options.key), alg: 'RS256' }] });
    }
    const raw = (await readBody(req)).toString('utf8');
    const clientId = new URLSearchParams(raw).get('client_id') ?? undefined;
    if (!(await passSwitches(res, switchesFor(this.switches, clientId)))) return;
    this.api ??= this.createApi();
    const api = await this.api;
    const answer = (await api.handleRequest(
      {
        method: req.method ?? 'GET',
        path: path || '/',
        headers: req.headers as Record<string, string | string[]>,
        body: Object.fromEntries(new URLSearchParams(raw)),
      },
      raw,
    )) as Answer;
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'cache-control': 'no-cache, no-store',
      ...(answer.reason ? { 'x-sandbox-refusal': answer.reason.replace(/[^\x20-\x7e]/g, '?') } : {}),
    });
    res.end(JSON.stringify(answer.body));
  }

  private async createApi(): Promise<OpenAPIBackend> {
    const api = await loadDescription('pdnd-auth.yaml');
    api.register({
      createToken: async (context) => {
        this.stats.tokenRequests += 1;
        const form = context.request.requestBody as Record<string, string>;
        if (switchesFor(this.switches, form.client_id).refused) return badRequest('sandbox switch: refused');
        try {
          return await this.issueVoucher(form);
        } catch (error) {
          if (error instanceof Refusal) return badRequest(error.message);
          throw error;
        }
      },
      validationFail: (context) =>
        badRequest(
          `request: ${(context.validation.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`,
        ),
      notFound: () => ({ status: 404, body: problem(404, 'Resource not found', 'Not Found', '015-0000') }),
      methodNotAllowed: () => ({
        status: 405,
        body: problem(405, 'Method not allowed', 'Not Allowed', '015-0000'),
      }),
    });
    return api;
  }

  /** PDND's checks, in its order: request parameters, assertion claims, key, signature, platform state. */
  private async issueVoucher(form: Record<string, string>): Promise<Answer> {
    const assertion = form.client_assertion;
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload & { purposeId?: unknown; digest?: unknown };
    try {
      header = decodeProtectedHeader(assertion);
      claims = decodeJwt(assertion);
    } catch {
      throw new Refusal('client assertion is not a JWT');
    }
    for (const claim of ['jti', 'iat', 'exp', 'iss', 'sub', 'aud'] as const) {
      if (!claims[claim]) throw new Refusal(`client assertion: ${claim} not found`);
    }
    if (!isUuid(claims.sub)) throw new Refusal('client assertion: sub is not a client id (UUID)');
    if (form.client_id !== undefined && (!isUuid(form.client_id) || form.client_id !== claims.sub)) {
      throw new Refusal('client_id differs from the assertion sub');
    }
    if (claims.purposeId === undefined) throw new Refusal('client assertion: purposeId not provided');
    if (!isUuid(claims.purposeId)) throw new Refusal('client assertion: purposeId is not a UUID');
    if (!header.kid || !/^[A-Za-z0-9_-]+$/.test(header.kid))
      throw new Refusal('client assertion: invalid kid');
    if (header.alg !== 'RS256') throw new Refusal(`client assertion: algorithm ${header.alg} not allowed`);
    if (![claims.aud].flat().includes(this.clientAssertionAudience)) {
      throw new Refusal(`client assertion: audience must be ${this.clientAssertionAudience}`);
    }
    const digest = validateDigest(claims.digest);
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    if (iat > nowSeconds + 60) throw new Refusal('client assertion: iat in the future');
    if (exp - iat > this.maxAssertionLifetime) {
      throw new Refusal(`client assertion: lifetime over ${this.maxAssertionLifetime} s (sandbox rule)`);
    }

    const client = this.clients.get(claims.sub);
    if (!client || client.kid !== header.kid) throw new Refusal('no key with this kid for this client');
    const purpose = client.purposes.find((entry) => entry.purposeId === claims.purposeId);
    if (!purpose) throw new Refusal('purpose not found for this client');
    try {
      await jwtVerify(assertion, await importJWK(client.publicJwk, 'RS256'), {
        algorithms: ['RS256'],
        currentDate: this.now(),
      });
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new Refusal('client assertion expired');
      throw new Refusal(`client assertion signature: ${(error as Error).message}`);
    }
    this.forgetExpiredJti(nowSeconds);
    if (this.usedJti.has(claims.jti as string))
      throw new Refusal('client assertion jti already used (sandbox rule)');
    this.usedJti.set(claims.jti as string, exp);

    const eservice = this.eservices.get(purpose.eservice)!;
    const lifespan = client.voucherLifespanSeconds ?? this.voucherLifespan;
    this.stats.vouchersIssued += 1;
    this.stats.byClient[client.clientId] = (this.stats.byClient[client.clientId] ?? 0) + 1;
    this.stats.byPurpose[purpose.purposeId] = (this.stats.byPurpose[purpose.purposeId] ?? 0) + 1;
    if (digest) this.stats.boundToEvidence += 1;
    const voucher = await new SignJWT({
      client_id: client.clientId,
      purposeId: purpose.purposeId,
      ...(digest ? { digest } : {}),
      producerId: eservice.producerId,
      consumerId: client.clientId,
      eserviceId: eservice.id,
      descriptorId: eservice.descriptorId,
    })
      .setProtectedHeader({ alg: 'RS256', use: 'sig', typ: 'at+jwt', kid: this.options.key.kid })
      .setJti(randomUUID())
      .setIssuer(this.issuer)
      .setAudience(eservice.audience)
      .setSubject(client.clientId)
      .setIssuedAt(nowSeconds)
      .setNotBefore(nowSeconds)
      .setExpirationTime(nowSeconds + lifespan)
      .sign(await importJWK(this.options.key, 'RS256'));
    return {
      status: 200,
      body: { access_token: voucher, token_type: 'Bearer', expires_in: lifespan },
    };
  }

  private forgetExpiredJti(nowSeconds: number): void {
    for (const [jti, exp] of this.usedJti) if (exp < nowSeconds) this.usedJti.delete(jti);
  }

  private async handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/_sandbox/switches') {
      this.switches = await handleSwitchesRoute(req, res, this.switches);
      return;
    }
    if (path === '/_sandbox/reset' && req.method === 'POST') {
      this.reset();
      return sendJson(res, 200, { reset: true });
    }
    if (path === '/_sandbox/clients' && req.method === 'POST') {
      try {
        this.addClient((await readJson(req)) as PdndClient);
      } catch (error) {
        return sendJson(res, 400, { error: 'invalid_client', detail: (error as Error).message });
      }
      return sendJson(res, 201, { registered: true });
    }
    if (path === '/_sandbox/stats' && req.method === 'GET') {
      return sendJson(res, 200, this.stats);
    }
    if (path === '/_sandbox/config' && req.method === 'GET') {
      return sendJson(res, 200, {
        tokenEndpoint: this.tokenEndpoint,
        clientAssertionAudience: this.clientAssertionAudience,
        issuer: this.issuer,
        jwksUri: `${this.options.url}/pdnd/.well-known/jwks.json`,
        eservices: Object.fromEntries([...this.eservices.values()].map((e) => [e.id, e.audience])),
        clients: [...this.clients.values()].map(({ clientId, kid, purposes }) => ({
          clientId,
          kid,
          purposes,
        })),
      });
    }
    sendJson(res, 404, { error: 'not_found' });
  }
}

interface Answer {
  status: number;
  body: unknown;
  reason?: string;
}

function problem(status: number, title: string, detail: string, code: string, errorDetail = detail) {
  return {
    type: status === 400 ? 'about:blank' : 'internalServerError',
    status,
    title,
    detail,
    errors: [{ code, detail: errorDetail }],
    correlationId: randomUUID(),
  };
}

/** PDND hides the reason of every refusal behind one problem document. */
function badRequest(reason: string): Answer {
  return {
    status: 400,
    reason,
    body: problem(
      400,
      'The request contains bad syntax or cannot be fulfilled.',
      'Bad request',
      '015-0008',
      'Unable to generate a token for the given request',
    ),
  };
}

function validateDigest(digest: unknown): { alg: string; value: string } | undefined {
  if (digest === undefined) return undefined;
  if (
    typeof digest !== 'object' ||
    digest === null ||
    typeof (digest as { alg?: unknown }).alg !== 'string' ||
    typeof (digest as { value?: unknown }).value !== 'string'
  ) {
    throw new Refusal('client assertion: invalid digest claim');
  }
  const { alg, value } = digest as { alg: string; value: string };
  if (alg !== DIGEST_ALG) throw new Refusal('client assertion: digest algorithm must be SHA256');
  if (value.length !== 64) throw new Refusal('client assertion: digest value must be 64 characters');
  return { alg, value };
}
