import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { importJWK, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { Context, OpenAPIBackend } from 'openapi-backend';
import { sendHtml, sendJson } from '../../http-responses.js';
import { DIGEST_ALG, type PdndClient, type PdndSandbox, type VoucherClaims } from '../pdnd/pdnd-sandbox.js';
import {
  DEFAULT_SWITCHES,
  handleSwitchesRoute,
  header,
  loadDescription,
  passSwitches,
  readBody,
  readJson,
  type SandboxSwitches,
  switchesFor,
} from '../pdnd/sandbox-support.js';
import { anprPage } from './anpr-page.js';
import {
  type AnprPersonRecord,
  AnprPopulation,
  PopulationError,
  parsePersonRecord,
} from './anpr-population.js';

/** The e-services, by operationId of shared/openapi/anpr.yaml: PDND e-service id = the operation's path. */
const ESERVICES = {
  e002: 'anpr-service-e002',
  ar001: 'residence-verification',
  fs001: 'family-status',
} as const;
type OperationId = keyof typeof ESERVICES;

const TRACKING_CLAIMS = ['iss', 'aud', 'purposeId', 'jti', 'iat', 'exp', 'userID', 'userLocation', 'LoA'];

export interface AnprSandboxOptions {
  /** Public origin + base path of the federation (no trailing slash). */
  url: string;
  pdnd: PdndSandbox;
  /** JSON array of registry import rows (see AnprPersonRecord); re-read on reset. */
  populationFile?: string;
  /** The comune the population lives in. */
  municipality?: { name: string; province: string; istatCode?: string };
  now?: () => Date;
}

/** A refusal by the GovWay gateway in front of ANPR (RFC 7807, as GovWay answers). */
class GatewayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const MODI_REFUSAL = (reason: string) =>
  new GatewayRefusal(
    400,
    'InteroperabilityInvalidRequest',
    'Received request is not conform to the required interoperability profile',
    reason,
  );

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  reason?: string;
}

interface RequestArgs {
  raw: Buffer;
  req: IncomingMessage;
}

/**
 * Sandbox of ANPR's e-services on PDND (consultation E002, residence verification AR001, family status FS001),
 * for development and tests only: the gateway's checks of the voucher and of the ModI headers, then the body
 * against shared/openapi/anpr.yaml, then an answer from the demo population.
 */
export class AnprSandbox {
  readonly population: AnprPopulation;
  private switches: SandboxSwitches = { ...DEFAULT_SWITCHES };
  private api?: Promise<OpenAPIBackend>;
  private readonly municipality: { name: string; province: string; istatCode?: string };

  constructor(private readonly options: AnprSandboxOptions) {
    this.population = new AnprPopulation(options.populationFile);
    this.municipality = options.municipality ?? { name: "Spino d'Adda", province: 'CR' };
    for (const eservice of Object.values(ESERVICES)) {
      options.pdnd.addEService({ id: eservice, audience: this.audience(eservice) });
    }
  }

  /** The voucher audience of an e-service, also the `aud` of its ModI JWTs: the endpoint's URL. */
  audience(eservice: string): string {
    return `${this.options.url}/anpr/${eservice}`;
  }

  reset(): void {
    this.switches = { ...DEFAULT_SWITCHES };
    this.population.reload();
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    if (path.startsWith('/_sandbox/')) return this.handleControl(req, res, path);
    if ((path === '' || path === '/') && req.method === 'GET') return this.testerPage(res, url);
    if (!(await passSwitches(res, this.switchesOf(req.headers.authorization)))) return;
    this.api ??= this.createApi();
    const api = await this.api;
    const raw = await readBody(req);
    let body: unknown = raw.toString('utf8');
    try {
      body = JSON.parse(body as string);
    } catch {
      // left as text: the validator answers 400
    }
    const args: RequestArgs = { raw, req };
    const answer = (await api.handleRequest(
      {
        method: req.method ?? 'GET',
        path: path || '/',
        headers: req.headers as Record<string, string | string[]>,
        body,
      },
      args,
    )) as Answer;
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': answer.status === 200 ? 'application/json' : 'application/problem+json',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      ...(answer.reason ? { 'x-sandbox-refusal': answer.reason.replace(/[^\x20-\x7e]/g, '?') } : {}),
      ...answer.headers,
    });
    res.end(text);
  }

  private async createApi(): Promise<OpenAPIBackend> {
    const api = await loadDescription('anpr.yaml');
    api.registerSecurityHandler('bearerAuth', (context) => this.checkVoucher(context));
    api.registerSecurityHandler('Agid-JWT-Signature', (context, args: RequestArgs) =>
      this.checkSignature(context, args),
    );
    api.registerSecurityHandler('Agid-JWT-TrackingEvidence', (context, args: RequestArgs) =>
      this.checkTrackingEvidence(context, args),
    );
    const operation = (operationId: OperationId) => (context: Context) => {
      if (this.switchesOf(context.request.headers.authorization).refused) {
        return this.notFound(operationId, context, 'sandbox switch: refused');
      }
      return this.answer(operationId, context);
    };
    api.register({
      e002: operation('e002'),
      ar001: operation('ar001'),
      fs001: operation('fs001'),
      unauthorizedHandler: (context) => {
        // The gateway checks the voucher first, then integrity, then audit.
        for (const scheme of ['bearerAuth', 'Agid-JWT-Signature', 'Agid-JWT-TrackingEvidence']) {
          const error = (context.security?.[scheme] as { error?: unknown } | undefined)?.error;
          if (error instanceof GatewayRefusal) return gatewayAnswer(error);
          if (error) throw error;
        }
        return gatewayAnswer(MODI_REFUSAL('security requirements not satisfied'));
      },
      validationFail: (context) => {
        const operationId = context.operation.operationId as OperationId;
        const errors = (context.validation.errors ?? []).map((error) => ({
          field: `${error.instancePath.replace(/^\/requestBody/, '')}`
            .replaceAll('/', '.')
            .replace(/^\./, ''),
          message: `${error.instancePath.replace(/^\/requestBody/, '') || 'body'} ${error.message ?? 'invalid'}`,
        }));
        return this.koAnswer(operationId, context, 400, '0003', errors);
      },
      notFound: () =>
        gatewayAnswer(new GatewayRefusal(404, 'UnknownResource', 'Unknown API Request', 'no route')),
      methodNotAllowed: () =>
        gatewayAnswer(new GatewayRefusal(405, 'UnsupportedOperation', 'Method not allowed', 'method')),
    });
    return api;
  }

  private eserviceOf(context: Context): string {
    return ESERVICES[context.operation.operationId as OperationId];
  }

  private async checkVoucher(context: Context): Promise<{ claims: VoucherClaims; client: PdndClient }> {
    const authorization = context.request.headers.authorization;
    const value = Array.isArray(authorization) ? authorization[0] : authorization;
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(value ?? '');
    if (!match?.[1]) {
      throw new GatewayRefusal(
        401,
        'TokenAuthenticationRequired',
        'A token is required',
        'no bearer voucher',
      );
    }
    const check = await this.options.pdnd.verifyVoucher(match[1], this.eserviceOf(context));
    if (check.ok) return { claims: check.claims, client: check.client };
    if (check.failure === 'expired')
      throw new GatewayRefusal(401, 'TokenExpired', 'Expired token', check.reason);
    if (check.failure === 'forbidden') {
      throw new GatewayRefusal(403, 'AuthorizationDenied', 'Unauthorized request content', check.reason);
    }
    throw new GatewayRefusal(401, 'TokenAuthenticationFailed', 'Invalid token', check.reason);
  }

  /** The switches the caller meets: those scoped to other PDND clients pass the voucher's client by. */
  private switchesOf(authorization: string | string[] | undefined): SandboxSwitches {
    const token = String(authorization ?? '').replace(/^Bearer /, '');
    let clientId: string | undefined;
    try {
      clientId = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).client_id;
    } catch {
      clientId = undefined;
    }
    return switchesFor(this.switches, typeof clientId === 'string' ? clientId : undefined);
  }

  /** The voucher's client, decoded again: security handlers run side by side, so no shared result. */
  private voucherClaims(context: Context): VoucherClaims | undefined {
    const authorization = String(context.request.headers.authorization ?? '');
    const token = authorization.replace(/^Bearer /, '');
    try {
      return JSON.parse(
        Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
      ) as VoucherClaims;
    } catch {
      return undefined;
    }
  }

  /** A ModI JWT signed by the key the voucher's client registered on PDND, for this e-service, not expired. */
  private async verifyModiJwt(
    token: string,
    context: Context,
    requiredClaims: string[],
    what: string,
  ): Promise<JWTPayload> {
    const voucher = this.voucherClaims(context);
    let kid: string | undefined;
    try {
      kid = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')).kid;
    } catch {
      throw MODI_REFUSAL(`${what}: not a JWS`);
    }
    const client = kid ? this.options.pdnd.clientByKid(kid) : undefined;
    if (!client) throw MODI_REFUSAL(`${what}: no key registered on PDND with kid ${kid}`);
    if (voucher && client.clientId !== voucher.client_id)
      throw MODI_REFUSAL(`${what}: key of another client`);
    try {
      const { payload } = await jwtVerify(token, await importJWK(client.publicJwk, 'RS256'), {
        algorithms: ['RS256', 'RS384', 'RS512'],
        audience: this.audience(this.eserviceOf(context)),
        requiredClaims,
        currentDate: this.options.now?.(),
      });
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw MODI_REFUSAL(`${what}: expired`);
      throw MODI_REFUSAL(`${what}: ${(error as Error).message}`);
    }
  }

  /** INTEGRITY_REST_02: the signed `digest` and `content-type` equal the request's, the digest the body's. */
  private async checkSignature(context: Context, { raw, req }: RequestArgs): Promise<boolean> {
    const token = header(req, 'agid-jwt-signature');
    if (!token) throw MODI_REFUSAL('Agid-JWT-Signature missing');
    const claims = await this.verifyModiJwt(
      token,
      context,
      ['iat', 'exp', 'signed_headers'],
      'Agid-JWT-Signature',
    );
    const signed = Array.isArray(claims.signed_headers)
      ? (claims.signed_headers as Record<string, unknown>[])
      : [];
    const signedValue = (name: string) =>
      signed.find((entry) => entry && typeof entry[name] === 'string')?.[name];
    const signedDigest = signedValue('digest');
    const signedContentType = signedValue('content-type');
    if (!signedDigest || !signedContentType) {
      throw MODI_REFUSAL('signed_headers must hold digest and content-type');
    }
    const digest = header(req, 'digest');
    if (!digest) throw MODI_REFUSAL('Digest header missing');
    if (digest !== signedDigest) throw MODI_REFUSAL('Digest header differs from the signed digest');
    const actual = `SHA-256=${createHash('sha256').update(raw).digest('base64')}`;
    if (digest !== actual) throw MODI_REFUSAL('Digest does not match the body');
    if (header(req, 'content-type') !== signedContentType) {
      throw MODI_REFUSAL('Content-Type differs from the signed content-type');
    }
    return true;
  }

  /**
   * The tracking evidence is signed by the voucher client's key, for this e-service, unexpired, with its claims
   * and the voucher's purpose. AUDIT_REST_01: the voucher (no `digest`) serves every user and the evidence
   * travels beside it; AUDIT_REST_02: a voucher that carries a `digest` is bound to the one evidence it hashes.
   */
  private async checkTrackingEvidence(context: Context, { req }: RequestArgs): Promise<boolean> {
    const token = header(req, 'agid-jwt-trackingevidence');
    if (!token) throw MODI_REFUSAL('Agid-JWT-TrackingEvidence missing');
    const claims = await this.verifyModiJwt(token, context, TRACKING_CLAIMS, 'Agid-JWT-TrackingEvidence');
    const voucher = this.voucherClaims(context);
    if (voucher && claims.purposeId !== voucher.purposeId) {
      throw MODI_REFUSAL('tracking evidence purposeId differs from the voucher');
    }
    if (voucher?.digest === undefined) return true;
    const hash = createHash('sha256').update(token).digest('hex');
    if (voucher.digest.alg !== DIGEST_ALG || voucher.digest.value !== hash) {
      throw MODI_REFUSAL('tracking evidence not bound to the voucher (voucher digest)');
    }
    return true;
  }

  private answer(operationId: OperationId, context: Context): Answer {
    const body = context.request.requestBody as Record<string, Record<string, unknown>>;
    const criteria =
      operationId === 'e002'
        ? body.criteriRicerca
        : operationId === 'ar001'
          ? body.parametriRicerca
          : body.criteria;
    const persons = this.search(operationId, criteria ?? {});
    if (persons === undefined) {
      return this.koAnswer(operationId, context, 400, '0003', [
        { field: 'criteri', message: 'Criteri di ricerca insufficienti' },
      ]);
    }
    if (persons.length === 0) return this.notFound(operationId, context, 'no person matches');
    const id = randomUUID().replaceAll('-', '');
    if (operationId === 'e002') {
      return {
        status: 200,
        body: {
          idOperazioneANPR: id,
          listaSoggetti: {
            datiSoggetto: persons.map((person) => ({
              identificativi: { idANPR: this.population.idAnpr(person) },
            })),
          },
        },
      };
    }
    if (operationId === 'ar001') {
      return {
        status: 200,
        body: {
          idOperazione: id,
          soggetti: { soggetto: persons.map((person) => this.residenceSubject(person)) },
        },
      };
    }
    const household = this.population.household(persons[0]!);
    return {
      status: 200,
      body: { idOp: id, subjects: { subject: household.map((member) => this.familySubject(member)) } },
    };
  }

  /** undefined: not enough criteria. By codice fiscale, by idANPR, or by surname + name + birth date. */
  private search(
    operationId: OperationId,
    criteria: Record<string, unknown>,
  ): AnprPersonRecord[] | undefined {
    const text = (name: string) => (typeof criteria[name] === 'string' ? (criteria[name] as string) : '');
    const english = operationId === 'fs001';
    const fiscalCode = text(english ? 'fiscalCode' : 'codiceFiscale');
    const id = operationId === 'e002' ? '' : text('id');
    const one = (person: AnprPersonRecord | undefined) => (person ? [person] : []);
    if (fiscalCode) return one(this.population.findByFiscalCode(fiscalCode));
    if (id) return one(this.population.findByIdAnpr(id));
    const birth = (criteria[english ? 'birthDate' : 'datiNascita'] ?? {}) as Record<string, unknown>;
    const birthDate = String(birth[english ? 'eventDate' : 'dataEvento'] ?? '');
    const surname = text(english ? 'surname' : 'cognome');
    const name = text(english ? 'name' : 'nome');
    if (!surname || !name || !birthDate) return undefined;
    return this.population.findByNameAndBirth(surname, name, birthDate);
  }

  private residenceSubject(person: AnprPersonRecord) {
    return {
      generalita: {
        codiceFiscale: { codFiscale: person.fiscal_code, validitaCF: '1' },
        cognome: person.family_name,
        nome: person.given_name,
        sesso: person.sex,
        dataNascita: person.birth_date,
        luogoNascita: this.birthPlace(person),
        ...(person.status === 'aire' ? { soggettoAIRE: 'S' } : {}),
      },
      residenza: this.residence(person),
      identificativi: { id: this.population.idAnpr(person) },
      ...(person.death_date ? { datiDecesso: { dataEvento: person.death_date } } : {}),
    };
  }

  private birthPlace(person: AnprPersonRecord) {
    const name = person.birth_place_name || person.birth_place_code;
    return person.birth_place_code.startsWith('Z')
      ? { localita: { descrizioneStato: name, codiceStato: person.birth_place_code } }
      : { comune: { nomeComune: name } };
  }

  private residence(person: AnprPersonRecord) {
    if (person.status === 'aire') {
      return [
        {
          tipoIndirizzo: '1',
          localitaEstera: {
            indirizzoEstero: {
              localita: {
                descrizioneLocalita: person.abroad_locality,
                codiceStato: person.abroad_country_code,
              },
              ...(person.abroad_address ? { toponimo: { denominazione: person.abroad_address } } : {}),
            },
          },
          dataDecorrenzaResidenza: person.entry_date,
        },
      ];
    }
    if (person.status !== 'resident') return [];
    const civic = /^(\d+)\s*\/?\s*([A-Za-z]*)$/.exec(person.civic_number ?? '');
    return [
      {
        tipoIndirizzo: '1',
        indirizzo: {
          comune: {
            nomeComune: this.municipality.name,
            siglaProvinciaIstat: this.municipality.province,
            ...(this.municipality.istatCode ? { codiceIstat: this.municipality.istatCode } : {}),
          },
          toponimo: {
            codToponimo: person.street_code,
            specie: person.street_toponym,
            denominazioneToponimo: person.street_name,
          },
          numeroCivico: {
            ...(civic ? { numero: civic[1], ...(civic[2] ? { lettera: civic[2] } : {}) } : { progSNC: '1' }),
            ...(person.internal ? { civicoInterno: { interno1: person.internal } } : {}),
          },
        },
        dataDecorrenzaResidenza: person.entry_date,
      },
    ];
  }

  private familySubject(person: AnprPersonRecord) {
    const name = person.birth_place_name || person.birth_place_code;
    return {
      generality: {
        fiscalCode: { fiscalCode: person.fiscal_code, fiscalCodeValidity: '1' },
        surname: person.family_name,
        name: person.given_name,
        gender: person.sex,
        birthDate: person.birth_date,
        placeOfBirth: person.birth_place_code.startsWith('Z')
          ? { place: { countryDescription: name, codState: person.birth_place_code } }
          : { municipality: { nameMunicipality: name } },
      },
      identifiers: { idANPR: this.population.idAnpr(person) },
      subjectLink: {
        relationshipCode: String(Number(person.relationship_code)),
        startDate: person.entry_date,
      },
      ...(person.death_date ? { deathDate: { eventDate: person.death_date } } : {}),
    };
  }

  private notFound(operationId: OperationId, context: Context, reason: string): Answer {
    return {
      ...this.koAnswer(operationId, context, 404, '0002', [{ field: '', message: 'Dati non trovati' }]),
      reason,
    };
  }

  /** The operation's own error document (RispostaKO, GeneralError, ResponseKO). */
  private koAnswer(
    operationId: OperationId,
    _context: Context,
    status: number,
    code: string,
    errors: { field: string; message: string }[],
  ): Answer {
    const id = randomUUID().replaceAll('-', '');
    const object = status === 404 ? 'Not Found' : 'Bad Request';
    if (operationId === 'fs001') {
      return {
        status,
        body: {
          idOp: id,
          errors: errors.map((error) => ({
            warningErrorCode: code,
            warningErrorType: String(status),
            warningErrorText: error.message,
            warningErrorObject: object,
            ...(error.field ? { warningErrorField: error.field } : {}),
          })),
        },
      };
    }
    const list = errors.map((error) => ({
      codiceErroreAnomalia: code,
      tipoErroreAnomalia: String(status),
      testoErroreAnomalia: error.message,
      oggettoErroreAnomalia: object,
      ...(error.field ? { campoErroreAnomalia: error.field } : {}),
    }));
    return operationId === 'e002'
      ? { status, body: { idOperazioneANPR: id, listaErrori: list } }
      : { status, body: { idOperazione: id, errors: list } };
  }

  private testerPage(res: ServerResponse, url: URL): void {
    const query = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
    const person = query
      ? (this.population.findByFiscalCode(query) ?? this.population.findByIdAnpr(query))
      : undefined;
    sendHtml(
      res,
      200,
      anprPage({
        eservices: Object.fromEntries(Object.values(ESERVICES).map((id) => [id, this.audience(id)])),
        tokenEndpoint: this.options.pdnd.tokenEndpoint,
        clientAssertionAudience: this.options.pdnd.clientAssertionAudience,
        persons: this.population.size,
        switches: this.switches,
        query,
        found: !query
          ? undefined
          : person
            ? { person, idAnpr: this.population.idAnpr(person), household: this.population.household(person) }
            : null,
      }),
    );
  }

  private async handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/_sandbox/switches') {
      this.switches = await handleSwitchesRoute(req, res, this.switches);
      return;
    }
    if (path === '/_sandbox/reset' && req.method === 'POST') {
      this.reset();
      return sendJson(res, 200, { reset: true, persons: this.population.size });
    }
    if (path === '/_sandbox/persons' && req.method === 'POST') {
      try {
        const value = await readJson(req);
        const rows = Array.isArray(value) ? value : [value];
        const persons = rows.map((row, index) => parsePersonRecord(row, `persons[${index}]`));
        this.population.add(persons);
        return sendJson(res, 201, {
          added: persons.map((person) => ({
            fiscalCode: person.fiscal_code,
            idANPR: this.population.idAnpr(person),
          })),
        });
      } catch (error) {
        const detail = error instanceof PopulationError ? error.message : 'expected JSON';
        return sendJson(res, 400, { error: 'invalid_persons', detail });
      }
    }
    if (path === '/_sandbox/config' && req.method === 'GET') {
      return sendJson(res, 200, {
        eservices: Object.fromEntries(Object.values(ESERVICES).map((id) => [id, this.audience(id)])),
        persons: this.population.size,
      });
    }
    sendJson(res, 404, { error: 'not_found' });
  }
}

function gatewayAnswer(refusal: GatewayRefusal): Answer {
  return {
    status: refusal.status,
    reason: refusal.reason,
    headers:
      refusal.status === 401
        ? {
            'www-authenticate': `Bearer realm="ANPR", error="${refusal.title === 'TokenAuthenticationRequired' ? 'invalid_request' : 'invalid_token'}"`,
          }
        : {},
    body: {
      type: `https://govway.org/handling-errors/${refusal.status}/${refusal.title}.html`,
      title: refusal.title,
      status: refusal.status,
      detail: refusal.detail,
      govway_id: randomUUID(),
    },
  };
}
