import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Context, type Document, OpenAPIBackend, type Request as OpenApiRequest } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { FederationHttpError, readForm, sendHtml, sendJson } from '../../http-responses.js';
import { checkoutPage, errorPage, type NoticeView, paidPage } from './checkout-pages.js';
import {
  duplicateViolation,
  GpdProblem,
  GpdStore,
  type PaymentPositionInput,
  positionModel,
  positionResponse,
  requestDataError,
  type SandboxReceipt,
  type StoredPosition,
} from './gpd-store.js';

/**
 * Local sandbox of pagoPA GPD (debt positions) and of the checkout a citizen pays on, for development and
 * tests only. Mounted under `/pagopa` of the test federation:
 *
 * - `/pagopa/gpd/debt-positions-service/v1/...` the GPD API, every request validated by openapi-backend
 *   against `shared/openapi/pagopa-gpd.yaml`;
 * - `/pagopa/checkout/{noticeNumber}` the tester's payment page (button "Paga");
 * - `/pagopa/_sandbox/...` switches, reset, direct payment, receipts (not part of the platform's API).
 */

export const GPD_BASE_PATH = '/gpd/debt-positions-service/v1';
export const DEFAULT_GPD_SUBSCRIPTION_KEY = 'sandbox-gpd-key';
export const DEFINITION_URL = new URL('../../../../shared/openapi/pagopa-gpd.yaml', import.meta.url);
const JSON_BODY_LIMIT = 1024 * 1024;
const MAX_DELAY_SECONDS = 120;
const CALLBACK_TIMEOUT_MS = 5000;

export interface PagopaSwitches {
  /** How many of the next creates to refuse. */
  refuseCreates: number;
  /** Status of those refusals: 400 (request data error) or 409 (uniqueness violation). */
  refuseStatus: 400 | 409;
  /** Past-due positions become EXPIRED even without `switchToExpired`. */
  expirePastDue: boolean;
  /** API calls answer 503. */
  unavailable: boolean;
  /** API calls are held this many seconds before being answered. */
  delaySeconds: number;
  /** The receipt callback is delivered twice. */
  duplicateReceipt: boolean;
  /** Where paid receipts are POSTed (JSON); null for none. */
  receiptUrl: string | null;
}

export interface PagopaSandboxOptions {
  /** Public URL of this mount (`<origin>/pagopa`). */
  publicUrl: string;
  /** The one subscription key accepted; default `PAGOPA_SANDBOX_SUBSCRIPTION_KEY` or `sandbox-gpd-key`. */
  subscriptionKey?: string;
  /** Default receipt callback URL; default `PAGOPA_SANDBOX_RECEIPT_URL`. */
  receiptUrl?: string;
  now?: () => Date;
  fetch?: typeof globalThis.fetch;
}

export interface CallbackDelivery {
  url: string;
  status?: number;
  error?: string;
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > JSON_BODY_LIMIT) throw requestDataError('Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GpdProblem(400, 'BAD REQUEST', `JSON parse error: ${(error as Error).message}`);
  }
}

/** Date and date-time formats as the description means them (RFC 3339; GPD also takes a local date-time). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isDateTime(value: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})?$/i.exec(value);
  return match !== null && isDate(match[1] as string);
}

/** The API gateway's answer to a missing or wrong subscription key. */
function gatewayUnauthorized(key: unknown) {
  return {
    status: 401,
    body: {
      statusCode: 401,
      message: key
        ? 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.'
        : 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    },
  };
}

export class PagopaSandbox {
  private readonly store: GpdStore;
  private api: Promise<OpenAPIBackend> | undefined;
  private readonly subscriptionKey: string;
  private readonly defaultReceiptUrl: string | null;
  private readonly fetch: typeof globalThis.fetch;
  private switches: PagopaSwitches;

  constructor(private readonly options: PagopaSandboxOptions) {
    this.store = new GpdStore(options.now);
    this.subscriptionKey =
      options.subscriptionKey ?? process.env.PAGOPA_SANDBOX_SUBSCRIPTION_KEY ?? DEFAULT_GPD_SUBSCRIPTION_KEY;
    this.defaultReceiptUrl = options.receiptUrl ?? (process.env.PAGOPA_SANDBOX_RECEIPT_URL || null);
    this.fetch = options.fetch ?? globalThis.fetch;
    this.switches = this.defaultSwitches();
  }

  /** The GPD API, routed and validated by openapi-backend against the shared description. */
  private async buildApi(): Promise<OpenAPIBackend> {
    const definition = parseYaml(await readFile(DEFINITION_URL, 'utf8')) as Document;
    const api = new OpenAPIBackend({
      definition,
      apiRoot: GPD_BASE_PATH,
      validate: true,
      strict: true,
      // Validators are compiled per operation on first use; the description itself is checked by the spec.
      quick: true,
      coerceTypes: true,
      customizeAjv: (ajv) => {
        ajv.addFormat('date', isDate);
        ajv.addFormat('date-time', isDateTime);
        ajv.addFormat('int32', {
          type: 'number',
          validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
        });
        ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
        return ajv;
      },
    });
    api.registerSecurityHandler(
      'ApiKey',
      (c) => c.request.headers['ocp-apim-subscription-key'] === this.subscriptionKey,
    );
    api.register({
      createPosition: (c) => this.createPosition(c),
      getOrganizationDebtPositions: (c) => this.listPositions(c),
      getOrganizationDebtPositionByIUPD: (c) => ({
        status: 200,
        body: positionResponse(this.store.get(this.org(c), this.iupd(c), this.switches.expirePastDue)),
      }),
      publishPosition: (c) => ({
        status: 200,
        body: positionModel(this.store.publish(this.org(c), this.iupd(c))),
      }),
      invalidatePosition: (c) => ({
        status: 200,
        body: positionModel(this.store.invalidate(this.org(c), this.iupd(c))),
      }),
      unauthorizedHandler: (c) => gatewayUnauthorized(c.request.headers['ocp-apim-subscription-key']),
      validationFail: (c) => ({
        status: 400,
        body: {
          title: 'BAD REQUEST',
          status: 400,
          detail: (c.validation.errors ?? [])
            .map((error) => {
              const where = `${error.instancePath}`
                .replace(/^\/(requestBody|query|path|headers)/, '$1')
                .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
                .replace(/\//g, '.');
              return `${where || 'request'}: ${error.message ?? 'invalid'}`;
            })
            .join(', '),
        },
      }),
      notFound: () => ({ status: 404, body: { statusCode: 404, message: 'Resource not found' } }),
      methodNotAllowed: () => ({ status: 404, body: { statusCode: 404, message: 'Resource not found' } }),
      notImplemented: () => ({
        status: 501,
        body: { title: 'Not Implemented', status: 501, detail: 'not implemented' },
      }),
    });
    await api.init();
    return api;
  }

  private defaultSwitches(): PagopaSwitches {
    return {
      refuseCreates: 0,
      refuseStatus: 400,
      expirePastDue: false,
      unavailable: false,
      delaySeconds: 0,
      duplicateReceipt: false,
      receiptUrl: this.defaultReceiptUrl,
    };
  }

  private org(c: Context): string {
    return String(c.request.params.organizationfiscalcode);
  }

  private iupd(c: Context): string {
    return String(c.request.params.iupd);
  }

  private createPosition(c: Context) {
    const organizationFiscalCode = this.org(c);
    if (this.switches.refuseCreates > 0) {
      this.switches.refuseCreates -= 1;
      if (this.switches.refuseStatus === 409) throw duplicateViolation(organizationFiscalCode);
      throw requestDataError('Refused by the sandbox (switch refuseCreates)');
    }
    const toPublish = c.request.query.toPublish === true || c.request.query.toPublish === 'true';
    const position = this.store.create(
      organizationFiscalCode,
      c.request.requestBody as PaymentPositionInput,
      toPublish,
    );
    return { status: 201, body: positionModel(position) };
  }

  private listPositions(c: Context) {
    const query = c.request.query as Record<string, string | number | undefined>;
    const text = (name: string) => (query[name] === undefined ? undefined : String(query[name]));
    const dueFrom = text('due_date_from');
    const dueTo = text('due_date_to');
    const paidFrom = text('payment_date_from');
    const paidTo = text('payment_date_to');
    if ((dueFrom || dueTo) && (paidFrom || paidTo)) {
      throw new GpdProblem(
        400,
        'BAD REQUEST',
        'The due date interval and the payment date interval are mutually exclusive',
      );
    }
    const dueBounds = GpdStore.dayBounds(dueFrom, dueTo);
    const paidBounds = GpdStore.dayBounds(paidFrom, paidTo);
    const limit = Number(query.limit ?? 10);
    const page = Number(query.page ?? 0);
    if (limit < 1) throw new GpdProblem(400, 'BAD REQUEST', 'limit: must be greater than or equal to 1');
    const within = (date: Date | undefined, bounds: [Date, Date]) =>
      date !== undefined && date.getTime() >= bounds[0].getTime() && date.getTime() <= bounds[1].getTime();
    const status = text('status');
    const orderBy = text('orderby') ?? 'INSERTED_DATE';
    const direction = text('ordering') === 'ASC' ? 1 : -1;
    const sortKey = (position: StoredPosition): string | number =>
      orderBy === 'IUPD'
        ? position.data.iupd
        : orderBy === 'STATUS'
          ? position.status
          : orderBy === 'COMPANY_NAME'
            ? position.data.companyName
            : position.insertedDate.getTime();
    const found = this.store
      .list(this.org(c), this.switches.expirePastDue)
      .filter((position) => !status || position.status === status)
      .filter((position) => !dueBounds || position.options.some((option) => within(option.due, dueBounds)))
      .filter(
        (position) =>
          !paidBounds || position.options.some((option) => within(option.paymentDate, paidBounds)),
      )
      .sort((a, b) => {
        const [x, y] = [sortKey(a), sortKey(b)];
        return (x < y ? -1 : x > y ? 1 : 0) * direction;
      });
    return {
      status: 200,
      body: {
        payment_position_list: found.slice(page * limit, (page + 1) * limit).map(positionResponse),
        page_info: {
          page,
          limit,
          items_found: found.length,
          total_pages: Math.ceil(found.length / limit),
        },
      },
    };
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    if (path === GPD_BASE_PATH || path.startsWith(`${GPD_BASE_PATH}/`))
      return this.handleApi(req, res, path, url);
    if (path.startsWith('/checkout/')) return this.handleCheckout(req, res, path, url);
    if (path.startsWith('/_sandbox/')) {
      try {
        return await this.handleControl(req, res, path);
      } catch (error) {
        if (error instanceof ControlError) return sendJson(res, error.status, { error: error.message });
        if (error instanceof GpdProblem) {
          return sendJson(res, error.status, {
            title: error.title,
            status: error.status,
            detail: error.detail,
          });
        }
        throw error;
      }
    }
    sendJson(res, 404, { statusCode: 404, message: 'Resource not found' });
  }

  // --- the GPD API ------------------------------------------------------------------------------------

  private async handleApi(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const requestId = (req.headers['x-request-id'] as string | undefined) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const { delaySeconds, unavailable } = this.switches;
    if (delaySeconds > 0) await sleep(delaySeconds * 1000);
    if (unavailable) {
      // The gateway still checks the key before the unavailable service is reached.
      const key = req.headers['ocp-apim-subscription-key'];
      if (key !== this.subscriptionKey) {
        const refusal = gatewayUnauthorized(key);
        return sendJson(res, refusal.status, refusal.body);
      }
      return sendJson(res, 503, {
        title: 'Service Unavailable',
        status: 503,
        detail: 'The service is unavailable (sandbox switch unavailable)',
      });
    }
    try {
      this.api ??= this.buildApi();
      const api = await this.api;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readJson(req);
      const query: Record<string, string | string[]> = {};
      for (const [name, value] of url.searchParams) {
        const previous = query[name];
        query[name] = previous === undefined ? value : [...[previous].flat(), value];
      }
      const request: OpenApiRequest = {
        method: req.method ?? 'GET',
        path,
        query,
        headers: req.headers as Record<string, string | string[]>,
        body,
      };
      const answer = (await api.handleRequest(request)) as { status: number; body: unknown };
      sendJson(res, answer.status, answer.body);
    } catch (error) {
      if (!(error instanceof GpdProblem)) throw error;
      sendJson(res, error.status, { title: error.title, status: error.status, detail: error.detail });
    }
  }

  // --- the checkout page ------------------------------------------------------------------------------

  private noticeView(position: StoredPosition, noticeNumber: string): NoticeView {
    const option = position.options.find((candidate) => candidate.nav === noticeNumber);
    return {
      noticeNumber,
      companyName: position.data.companyName,
      organizationFiscalCode: position.organizationFiscalCode,
      amount: option?.amount ?? 0,
      description: option?.description ?? '',
      dueDate: option?.due ?? new Date(0),
      debtorFiscalCode: position.data.fiscalCode,
    };
  }

  private async handleCheckout(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    url: URL,
  ): Promise<void> {
    const noticeNumber = decodeURIComponent(path.slice('/checkout/'.length));
    let form: URLSearchParams | undefined;
    try {
      form = req.method === 'POST' ? await readForm(req) : undefined;
    } catch (error) {
      if (!(error instanceof FederationHttpError)) throw error;
      return sendHtml(
        res,
        error.status,
        errorPage('Richiesta non valida', 'Il modulo inviato è troppo grande.'),
      );
    }
    const rawReturn = form?.get('returnUrl') ?? url.searchParams.get('returnUrl');
    const returnUrl = rawReturn ? httpUrl(rawReturn) : undefined;
    if (rawReturn && !returnUrl) {
      return sendHtml(
        res,
        400,
        errorPage(
          'Indirizzo di ritorno non valido',
          'L’indirizzo di ritorno deve essere un URL http o https.',
        ),
      );
    }
    const found = /^\d{18}$/.test(noticeNumber)
      ? this.store.findNotice(noticeNumber, this.switches.expirePastDue)
      : undefined;
    if (!found) {
      return sendHtml(
        res,
        404,
        errorPage('Avviso non trovato', 'Non esiste un avviso di pagamento con questo codice.', returnUrl),
      );
    }
    const view = this.noticeView(found.position, noticeNumber);
    if (req.method === 'GET') {
      const action = `${this.options.publicUrl}/checkout/${encodeURIComponent(noticeNumber)}`;
      const reason = GpdStore.unpayableReason(found.position, found.option);
      return sendHtml(res, 200, checkoutPage(view, action, returnUrl, reason));
    }
    if (req.method !== 'POST')
      return sendHtml(res, 405, errorPage('Metodo non consentito', 'Metodo non consentito.'));
    const reason = GpdStore.unpayableReason(found.position, found.option);
    if (reason) return sendHtml(res, 409, errorPage('Pagamento non eseguito', reason, returnUrl));
    const { receipt } = await this.payNotice(noticeNumber);
    sendHtml(res, 200, paidPage(view, receipt, returnUrl));
  }

  private async payNotice(
    noticeNumber: string,
  ): Promise<{ receipt: SandboxReceipt; deliveries: CallbackDelivery[] }> {
    const receipt = this.store.pay(noticeNumber, this.switches.expirePastDue);
    const deliveries: CallbackDelivery[] = [];
    const target = this.switches.receiptUrl;
    if (target) {
      const times = this.switches.duplicateReceipt ? 2 : 1;
      for (let delivery = 1; delivery <= times; delivery += 1) {
        try {
          const answer = await this.fetch(target, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-sandbox-delivery': String(delivery) },
            body: JSON.stringify(receipt),
            signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
          });
          await answer.body?.cancel();
          deliveries.push({ url: target, status: answer.status });
        } catch (error) {
          console.warn('[pagopa-sandbox] receipt callback failed', target, (error as Error).message);
          deliveries.push({ url: target, error: (error as Error).message });
        }
      }
    }
    return { receipt, deliveries };
  }

  // --- sandbox control routes ---------------------------------------------------------------------------

  private async handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const route = path.slice('/_sandbox'.length);
    if (route === '/switches' && req.method === 'GET') return sendJson(res, 200, this.switches);
    if (route === '/switches' && req.method === 'POST') {
      this.switches = this.mergeSwitches(await readJson(req));
      return sendJson(res, 200, this.switches);
    }
    if (route === '/reset' && req.method === 'POST') {
      this.store.reset();
      this.switches = this.defaultSwitches();
      return sendJson(res, 200, { reset: true, switches: this.switches });
    }
    const pay = /^\/pay\/(\d{18})$/.exec(route);
    if (pay && req.method === 'POST') {
      const { receipt, deliveries } = await this.payNotice(pay[1] as string);
      return sendJson(res, 200, { receipt, callbackDeliveries: deliveries });
    }
    const receipt = /^\/receipts\/(\d{18})$/.exec(route);
    if (receipt && req.method === 'GET') {
      const found = this.store.receipt(receipt[1] as string);
      if (!found) throw new ControlError(404, 'no receipt for that notice number');
      return sendJson(res, 200, found);
    }
    const expire = /^\/expire\/([^/]+)$/.exec(route);
    if (expire && req.method === 'POST') {
      const iupd = decodeURIComponent(expire[1] as string);
      if (!this.store.expire(iupd)) throw new ControlError(404, 'no debt position with that IUPD');
      return sendJson(res, 200, { expired: iupd });
    }
    throw new ControlError(404, 'no such sandbox route');
  }

  private mergeSwitches(input: unknown): PagopaSwitches {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new ControlError(400, 'switches: a JSON object is expected');
    }
    const next = { ...this.switches };
    for (const [name, value] of Object.entries(input)) {
      switch (name) {
        case 'refuseCreates':
          if (!Number.isInteger(value) || (value as number) < 0)
            throw new ControlError(400, `${name}: a count ≥ 0`);
          next.refuseCreates = value as number;
          break;
        case 'refuseStatus':
          if (value !== 400 && value !== 409) throw new ControlError(400, `${name}: 400 or 409`);
          next.refuseStatus = value;
          break;
        case 'delaySeconds':
          if (typeof value !== 'number' || !(value >= 0 && value <= MAX_DELAY_SECONDS)) {
            throw new ControlError(400, `${name}: seconds between 0 and ${MAX_DELAY_SECONDS}`);
          }
          next.delaySeconds = value;
          break;
        case 'expirePastDue':
        case 'unavailable':
        case 'duplicateReceipt':
          if (typeof value !== 'boolean') throw new ControlError(400, `${name}: true or false`);
          next[name] = value;
          break;
        case 'receiptUrl': {
          const target = value === null ? null : typeof value === 'string' ? httpUrl(value) : undefined;
          if (target === undefined) throw new ControlError(400, `${name}: an http(s) URL or null`);
          next.receiptUrl = target;
          break;
        }
        default:
          throw new ControlError(400, `unknown switch ${name}`);
      }
    }
    return next;
  }
}
