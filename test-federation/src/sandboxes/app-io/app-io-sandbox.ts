import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, Document } from 'openapi-backend';
import { OpenAPIBackend } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { readForm, sendHtml, sendJson, sendText } from '../../http-responses.js';
import { errorPage, inboxPage, indexPage } from './app-io-pages.js';
import {
  type CitizenSettings,
  defaultServices,
  defaultSwitches,
  type IoService,
  type MessageStatus,
  RateLimiter,
  type StoredContent,
  type StoredMessage,
  type Switches,
  ulid,
} from './app-io-state.js';

/** The description the API is validated against: `shared/openapi/app-io.yaml` at the repository root. */
export const APP_IO_DEFINITION = new URL('../../../../shared/openapi/app-io.yaml', import.meta.url);

const API_ROOT = '/api/v1';
const BODY_LIMIT = 1024 * 1024;
const FISCAL_CODE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** The `title` IO gives a 400 for an invalid request, per operation (io-ts names the type that failed). */
const VALIDATION_TITLES: Record<string, string> = {
  getProfileByPOST: 'Invalid FiscalCodePayload',
  submitMessageforUserWithFiscalCodeInBody: 'Invalid message structure',
  getMessage: `Invalid string that matches the pattern "${FISCAL_CODE.source}"`,
};

interface ApiCall {
  service: IoService;
  res: ServerResponse;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function sendProblem(res: ServerResponse, status: number, title: string, detail: string): void {
  sendText(res, status, 'application/problem+json', JSON.stringify({ detail, status, title }));
}

/** The API gateway's own error body (401 subscription key, 404 no operation, 429 rate limit). */
function sendApimError(res: ServerResponse, status: number, message: string, retryAfter?: number): void {
  if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
  sendJson(res, status, { statusCode: status, message });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new HttpError(413, 'body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(input: unknown, pointer: string[]): unknown {
  let current = input;
  for (const segment of pointer) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export interface AppIoSandboxOptions {
  /** Path the sandbox is mounted at, e.g. `/io` (links and `Location` headers are built on it). */
  mountPath: string;
  /** The OpenAPI description; default {@link APP_IO_DEFINITION}. */
  definitionFile?: URL | string;
}

/**
 * A local sandbox of App IO's messages API for public administration services: the three operations the
 * portal calls, validated against `shared/openapi/app-io.yaml`, an in-memory inbox per fiscal code, the
 * gateway's key check and rate limit, failure switches, and a tester's page that shows a citizen's inbox.
 * Development and tests only.
 */
export class AppIoSandbox {
  private switches: Switches = defaultSwitches();
  private services = new Map<string, IoService>();
  private readonly messages = new Map<string, StoredMessage[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly limiter = new RateLimiter();

  private constructor(
    private readonly api: OpenAPIBackend,
    private readonly mountPath: string,
  ) {
    this.resetServices();
    api.register({
      getProfileByPOST: (context, call: ApiCall) => this.getProfile(context, call),
      submitMessageforUserWithFiscalCodeInBody: (context, call: ApiCall) => this.submitMessage(context, call),
      getMessage: (context, call: ApiCall) => this.getMessage(context, call),
      validationFail: (context, call: ApiCall) => this.validationFail(context, call),
      notFound: (_context, call: ApiCall) => sendApimError(call.res, 404, 'Resource not found'),
      methodNotAllowed: (_context, call: ApiCall) => sendApimError(call.res, 404, 'Resource not found'),
      unauthorizedHandler: (_context, call: ApiCall) =>
        sendApimError(call.res, 401, 'Access denied due to invalid subscription key.'),
    });
    // The gateway has already matched the key to a service (see handleApi); the scheme only records it.
    api.registerSecurityHandler('SubscriptionKey', () => true);
  }

  static async create(options: AppIoSandboxOptions): Promise<AppIoSandbox> {
    const definition = parseYaml(
      await readFile(options.definitionFile ?? APP_IO_DEFINITION, 'utf8'),
    ) as Document;
    const api = new OpenAPIBackend({
      definition,
      apiRoot: API_ROOT,
      validate: true,
      strict: true,
      quick: false,
      // IO reports every invalid field, not the first one.
      ajvOpts: { allErrors: true },
      customizeAjv: (ajv) => {
        ajv.addFormat(
          'date-time',
          (value: string) => TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
        );
        ajv.addFormat('uri', () => true);
        return ajv;
      },
    });
    await api.init();
    return new AppIoSandbox(api, options.mountPath.replace(/\/+$/, ''));
  }

  /** Clears messages, statistics and switches, and restores the demo services. */
  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.messages.clear();
    this.limiter.clear();
    this.switches = defaultSwitches();
    this.resetServices();
  }

  /** Stops pending status changes (server shutdown). */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** The messages stored for a fiscal code, newest first. */
  messagesFor(fiscalCode: string): StoredMessage[] {
    return [...(this.messages.get(fiscalCode.toUpperCase()) ?? [])].reverse();
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    try {
      if (path === `${API_ROOT}` || path.startsWith(`${API_ROOT}/`))
        return await this.handleApi(req, res, path, url);
      if (path.startsWith('/_sandbox/')) return await this.handleControl(req, res, path);
      if (path === '/app/settings' && req.method === 'POST') return await this.saveSettings(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, 405, { error: 'method_not_allowed', detail: 'only GET here' });
      }
      if (path === '') {
        res.writeHead(302, { location: `${this.mountPath}/` });
        res.end();
        return;
      }
      if (path === '/') return sendHtml(res, 200, indexPage(this.mountPath, [...this.services.values()]));
      if (path === '/app') return this.inbox(res, url);
      if (path === '/messages') return this.messageList(res, url);
      sendJson(res, 404, { error: 'not_found', detail: 'no such page in the App IO sandbox' });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendJson(res, error.status, { error: 'bad_request', detail: error.detail });
    }
  }

  // --- the API, behind the gateway -------------------------------------------------------------------

  private async handleApi(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const header = req.headers['ocp-apim-subscription-key'];
    const key =
      (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('subscription-key') ?? '';
    if (key === '') {
      return sendApimError(
        res,
        401,
        'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      );
    }
    const service = this.services.get(key);
    if (!service) {
      return sendApimError(
        res,
        401,
        'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      );
    }
    const { limit, windowMs } = this.switches.rateLimit;
    const wait = this.limiter.hit(key, limit, windowMs);
    if (wait !== undefined) {
      return sendApimError(res, 429, `Rate limit is exceeded. Try again in ${wait} seconds.`, wait);
    }
    if (this.switches.latencyMs > 0) await new Promise((r) => setTimeout(r, this.switches.latencyMs));

    let body: unknown;
    try {
      // Like IO's functions, only a JSON content type is parsed; any other body stays a string (and fails).
      const json = /\bjson\b/i.test(req.headers['content-type'] ?? '');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        body = json ? await readJson(req) : await readBody(req);
      }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return sendProblem(res, error.status, 'Invalid request', error.detail);
    }
    const request = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string | string[]>,
      body,
    };
    const operationId = this.api.matchOperation(request)?.operationId;
    const failure = this.switches.failure;
    if (failure) {
      if (!failure.operations || (operationId && failure.operations.includes(operationId))) {
        if (failure.times !== undefined) {
          failure.times--;
          if (failure.times <= 0) this.switches.failure = null;
        }
        if (failure.status === 429) {
          const retryAfter = failure.retryAfterSeconds ?? 5;
          return sendApimError(
            res,
            429,
            `Rate limit is exceeded. Try again in ${retryAfter} seconds.`,
            retryAfter,
          );
        }
        if (failure.status === 500) {
          return sendProblem(res, 500, 'Internal server error', 'Sandbox switch: forced failure');
        }
        return sendApimError(res, failure.status, 'Sandbox switch: forced failure');
      }
    }
    if (typeof body === 'string' && body !== '' && operationId) {
      return sendProblem(
        res,
        400,
        VALIDATION_TITLES[operationId] ?? 'Invalid request',
        `value ${JSON.stringify(body)} at root is not valid: must be object`,
      );
    }
    await this.api.handleRequest(request, { service, res } satisfies ApiCall);
  }

  private validationFail(context: Context, { res }: ApiCall): void {
    const operationId = context.operation?.operationId ?? '';
    const input: Record<string, unknown> = {
      requestBody: context.request.requestBody,
      path: context.request.params,
      query: context.request.query,
    };
    const lines = (context.validation.errors ?? []).map((error) => {
      const pointer = error.instancePath.split('/').filter(Boolean);
      const value = valueAt(input, pointer.length > 0 ? pointer : ['requestBody']);
      const where = ['root', ...pointer.slice(1)].join('.');
      const shown = value === undefined ? 'undefined' : JSON.stringify(value);
      return `value ${shown} at ${where} is not valid: ${error.message ?? 'invalid'}`;
    });
    sendProblem(res, 400, VALIDATION_TITLES[operationId] ?? 'Invalid request', lines.join('\n'));
  }

  private citizen(
    fiscalCode: string,
  ): Required<Pick<CitizenSettings, 'onIo' | 'senderAllowed'>> & CitizenSettings {
    const settings = this.switches.citizens[fiscalCode] ?? {};
    return {
      ...settings,
      onIo: settings.onIo ?? this.switches.unknownCitizens === 'on-io',
      senderAllowed: settings.senderAllowed ?? true,
    };
  }

  private senderAllowed(fiscalCode: string, serviceId: string): boolean {
    const citizen = this.citizen(fiscalCode);
    return citizen.senderAllowed && !(citizen.blockedServices ?? []).includes(serviceId);
  }

  /** IO's check for services in trial mode: only their authorized recipients. */
  private recipientForbidden(service: IoService, fiscalCode: string, res: ServerResponse): boolean {
    if (!service.limited || service.authorizedRecipients.includes(fiscalCode)) return false;
    sendProblem(res, 403, 'Recipient forbidden', 'You are not allowed to issue requests for the recipient.');
    return true;
  }

  private getProfile(context: Context, { service, res }: ApiCall) {
    const { fiscal_code: fiscalCode } = context.request.requestBody as { fiscal_code: string };
    if (this.recipientForbidden(service, fiscalCode, res)) return;
    const citizen = this.citizen(fiscalCode);
    if (!citizen.onIo) {
      return sendProblem(
        res,
        404,
        'Profile not found',
        'The profile you requested was not found in the system.',
      );
    }
    sendJson(res, 200, {
      preferred_languages: citizen.preferredLanguages ?? ['it_IT'],
      sender_allowed: this.senderAllowed(fiscalCode, service.serviceId),
    });
  }

  private submitMessage(context: Context, { service, res }: ApiCall) {
    const body = context.request.requestBody as {
      fiscal_code?: string;
      time_to_live?: number;
      feature_level_type?: 'STANDARD' | 'ADVANCED';
      content: StoredContent;
    };
    const { content } = body;
    const payment = content.payment_data;
    // The gateway's permission checks on the payload come first, as on IO.
    if (payment?.payee && !service.canSendWithPayee) {
      return sendProblem(
        res,
        403,
        'You are not allowed here',
        'You do not have enough permissions to send a payment message with payee',
      );
    }
    if (body.feature_level_type === 'ADVANCED' && !service.canSendAdvanced) {
      return sendProblem(
        res,
        403,
        'You are not allowed here',
        'You do not have enough permissions to send a Premium message',
      );
    }
    const fiscalCode = body.fiscal_code;
    if (!fiscalCode) {
      return sendProblem(
        res,
        400,
        'Bad parameters',
        'The fiscalcode parameter must be specified in the path or in the payload',
      );
    }
    if (this.recipientForbidden(service, fiscalCode, res)) return;
    if (payment && payment.amount > service.maxAllowedPaymentAmount) {
      return sendProblem(
        res,
        400,
        'Error while sending payment metadata',
        `The requested amount (${payment.amount} cents) exceeds the maximum allowed for this service (${service.maxAllowedPaymentAmount} cents)`,
      );
    }
    const now = new Date();
    const message: StoredMessage = {
      id: ulid(now.getTime()),
      fiscal_code: fiscalCode,
      created_at: now.toISOString(),
      time_to_live: body.time_to_live ?? 3600,
      feature_level_type: body.feature_level_type ?? 'STANDARD',
      sender_service_id: service.serviceId,
      content: {
        subject: content.subject,
        markdown: content.markdown,
        ...(content.require_secure_channels !== undefined && {
          require_secure_channels: content.require_secure_channels,
        }),
        ...(content.due_date !== undefined && { due_date: new Date(content.due_date).toISOString() }),
        ...(payment && {
          payment_data: {
            amount: payment.amount,
            notice_number: payment.notice_number,
            invalid_after_due_date: payment.invalid_after_due_date ?? false,
            ...(payment.payee && { payee: { fiscal_code: payment.payee.fiscal_code } }),
          },
        }),
      },
      status: 'ACCEPTED',
    };
    const inbox = this.messages.get(fiscalCode) ?? [];
    inbox.push(message);
    this.messages.set(fiscalCode, inbox);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.process(message);
    }, this.switches.processingDelayMs);
    timer.unref();
    this.timers.add(timer);
    res.setHeader('location', `${this.mountPath}${API_ROOT}/messages/${fiscalCode}/${message.id}`);
    sendJson(res, 201, { id: message.id });
  }

  /** What IO's asynchronous processing decides: the inbox, or a rejection. */
  private process(message: StoredMessage): void {
    const citizen = this.citizen(message.fiscal_code);
    let status: MessageStatus = citizen.outcome ?? 'PROCESSED';
    if (!citizen.onIo) {
      status = 'REJECTED';
      message.rejection_reason = 'USER_NOT_FOUND';
    } else if (!this.senderAllowed(message.fiscal_code, message.sender_service_id)) {
      status = 'REJECTED';
      message.rejection_reason = 'SERVICE_NOT_ALLOWED';
    }
    message.status = status;
  }

  private getMessage(context: Context, { service, res }: ApiCall) {
    const { fiscal_code: fiscalCode, id } = context.request.params as { fiscal_code: string; id: string };
    const message = (this.messages.get(fiscalCode) ?? []).find((m) => m.id === id);
    if (!message) {
      return sendProblem(
        res,
        404,
        'Message not found',
        'The message that you requested was not found in the system.',
      );
    }
    if (message.sender_service_id !== service.serviceId) {
      return sendProblem(
        res,
        403,
        'You are not allowed here',
        'You are not allowed to read this message, you can only read messages that you have sent',
      );
    }
    const processed = message.status === 'PROCESSED';
    sendJson(res, 200, {
      message: {
        // IO returns the content once processing has stored it in the inbox.
        ...(processed && { content: message.content }),
        created_at: message.created_at,
        feature_level_type: message.feature_level_type,
        fiscal_code: message.fiscal_code,
        id: message.id,
        sender_service_id: message.sender_service_id,
        time_to_live: message.time_to_live,
      },
      ...(processed && {
        notification: message.content.require_secure_channels
          ? { webhook: 'SENT' }
          : { email: 'SENT', webhook: 'SENT' },
      }),
      status: message.status,
    });
  }

  // --- tester's pages and JSON list --------------------------------------------------------------------

  private fiscalCodeParam(url: URL): string | undefined {
    const value = (url.searchParams.get('fiscalCode') ?? '').trim().toUpperCase();
    return FISCAL_CODE.test(value) ? value : undefined;
  }

  private inbox(res: ServerResponse, url: URL) {
    const fiscalCode = this.fiscalCodeParam(url);
    if (!fiscalCode) {
      return sendHtml(
        res,
        400,
        errorPage(
          'Codice fiscale non valido',
          'Inserisci un codice fiscale di 16 caratteri.',
          this.mountPath,
        ),
      );
    }
    sendHtml(
      res,
      200,
      inboxPage(
        this.mountPath,
        fiscalCode,
        this.citizen(fiscalCode),
        this.messagesFor(fiscalCode),
        (serviceId) => this.serviceById(serviceId),
      ),
    );
  }

  /** The inbox page's form: the same per-citizen switches as `_sandbox/switches`. */
  private async saveSettings(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const fiscalCode = (form.get('fiscalCode') ?? '').trim().toUpperCase();
    if (!FISCAL_CODE.test(fiscalCode)) {
      return sendHtml(
        res,
        400,
        errorPage(
          'Codice fiscale non valido',
          'Inserisci un codice fiscale di 16 caratteri.',
          this.mountPath,
        ),
      );
    }
    this.switches.citizens[fiscalCode] = {
      ...this.switches.citizens[fiscalCode],
      onIo: form.get('onIo') === 'true',
      senderAllowed: form.get('senderAllowed') === 'true',
    };
    res.writeHead(303, { location: `${this.mountPath}/app?fiscalCode=${fiscalCode}` });
    res.end();
  }

  private messageList(res: ServerResponse, url: URL) {
    const fiscalCode = this.fiscalCodeParam(url);
    if (!fiscalCode) {
      return sendJson(res, 400, { error: 'bad_request', detail: 'fiscalCode must be a valid fiscal code' });
    }
    sendJson(
      res,
      200,
      this.messagesFor(fiscalCode).map((message) => {
        const service = this.serviceById(message.sender_service_id);
        return {
          ...message,
          service_name: service?.serviceName,
          organization_name: service?.organizationName,
        };
      }),
    );
  }

  private serviceById(serviceId: string): IoService | undefined {
    return [...this.services.values()].find((s) => s.serviceId === serviceId);
  }

  // --- control routes (not part of IO's API) -----------------------------------------------------------

  private async handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const route = `${req.method} ${path}`;
    switch (route) {
      case 'GET /_sandbox/switches':
        return sendJson(res, 200, this.switches);
      case 'POST /_sandbox/switches':
        this.applySwitches(await readJson(req));
        return sendJson(res, 200, this.switches);
      case 'POST /_sandbox/reset':
        this.reset();
        return sendJson(res, 200, { reset: true });
      case 'GET /_sandbox/stats':
        return sendJson(res, 200, {
          rateLimit: this.switches.rateLimit,
          keys: this.limiter.stats(),
          messages: [...this.messages.values()].reduce((sum, list) => sum + list.length, 0),
        });
      case 'GET /_sandbox/services':
        return sendJson(res, 200, [...this.services.values()]);
      case 'POST /_sandbox/services': {
        const service = this.registerService(await readJson(req));
        return sendJson(res, 201, service);
      }
      default:
        return sendJson(res, 404, { error: 'not_found', detail: `no control route ${route}` });
    }
  }

  private applySwitches(input: unknown): void {
    if (!isRecord(input)) throw new HttpError(400, 'switches must be a JSON object');
    const next: Switches = { ...this.switches, citizens: { ...this.switches.citizens } };
    for (const [name, value] of Object.entries(input)) {
      switch (name) {
        case 'unknownCitizens':
          if (value !== 'on-io' && value !== 'not-on-io')
            throw new HttpError(400, 'unknownCitizens: on-io | not-on-io');
          next.unknownCitizens = value;
          break;
        case 'processingDelayMs':
        case 'latencyMs':
          if (typeof value !== 'number' || value < 0 || value > 600_000) {
            throw new HttpError(400, `${name}: a number of milliseconds (0 to 600000)`);
          }
          next[name] = value;
          break;
        case 'rateLimit':
          if (
            !isRecord(value) ||
            !Number.isInteger(value.limit) ||
            (value.limit as number) < 1 ||
            !Number.isInteger(value.windowMs) ||
            (value.windowMs as number) < 1
          ) {
            throw new HttpError(400, 'rateLimit: { limit: integer >= 1, windowMs: integer >= 1 }');
          }
          next.rateLimit = { limit: value.limit as number, windowMs: value.windowMs as number };
          break;
        case 'failure':
          next.failure = value === null ? null : parseFailure(value);
          break;
        case 'citizens':
          if (!isRecord(value)) throw new HttpError(400, 'citizens: { FISCALCODE: settings | null }');
          for (const [code, settings] of Object.entries(value)) {
            const fiscalCode = code.toUpperCase();
            if (!FISCAL_CODE.test(fiscalCode))
              throw new HttpError(400, `citizens: ${code} is not a fiscal code`);
            if (settings === null) delete next.citizens[fiscalCode];
            else next.citizens[fiscalCode] = { ...next.citizens[fiscalCode], ...parseCitizen(settings) };
          }
          break;
        default:
          throw new HttpError(400, `unknown switch ${name}`);
      }
    }
    this.switches = next;
  }

  private registerService(input: unknown): IoService {
    if (!isRecord(input) || typeof input.key !== 'string' || input.key.length < 1) {
      throw new HttpError(400, 'a service needs at least a non-empty "key"');
    }
    const defaults = defaultServices()[0] as IoService;
    const string = (name: keyof IoService, fallback: string): string => {
      const value = input[name];
      if (value === undefined) return fallback;
      if (typeof value !== 'string' || value === '')
        throw new HttpError(400, `${name} must be a non-empty string`);
      return value;
    };
    const flag = (name: keyof IoService): boolean => {
      const value = input[name];
      if (value !== undefined && typeof value !== 'boolean')
        throw new HttpError(400, `${name} must be a boolean`);
      return value === true;
    };
    const amount = input.maxAllowedPaymentAmount ?? 0;
    if (!Number.isInteger(amount) || (amount as number) < 0) {
      throw new HttpError(400, 'maxAllowedPaymentAmount must be an integer >= 0 (cents)');
    }
    const recipients = input.authorizedRecipients ?? [];
    if (
      !Array.isArray(recipients) ||
      !recipients.every((r) => typeof r === 'string' && FISCAL_CODE.test(r))
    ) {
      throw new HttpError(400, 'authorizedRecipients must be a list of fiscal codes');
    }
    const organizationFiscalCode = string('organizationFiscalCode', defaults.organizationFiscalCode);
    if (!/^[0-9]{11}$/.test(organizationFiscalCode))
      throw new HttpError(400, 'organizationFiscalCode: 11 digits');
    const service: IoService = {
      key: input.key,
      serviceId: string('serviceId', `sandbox-service-${ulid().toLowerCase()}`),
      serviceName: string('serviceName', 'Servizio di prova'),
      organizationName: string('organizationName', defaults.organizationName),
      departmentName: string('departmentName', defaults.departmentName),
      organizationFiscalCode,
      maxAllowedPaymentAmount: amount as number,
      canSendWithPayee: flag('canSendWithPayee'),
      canSendAdvanced: flag('canSendAdvanced'),
      limited: flag('limited'),
      authorizedRecipients: recipients as string[],
    };
    for (const [key, existing] of this.services) {
      if (existing.serviceId === service.serviceId && key !== service.key) {
        throw new HttpError(400, `serviceId ${service.serviceId} belongs to another key`);
      }
    }
    this.services.set(service.key, service);
    return service;
  }

  private resetServices(): void {
    this.services = new Map(defaultServices().map((s) => [s.key, s]));
  }
}

function parseFailure(value: unknown): Switches['failure'] {
  if (!isRecord(value) || !Number.isInteger(value.status))
    throw new HttpError(400, 'failure: { status, ... }');
  const status = value.status as number;
  if (status !== 429 && (status < 500 || status > 599))
    throw new HttpError(400, 'failure.status: 429 or 5xx');
  if (value.times !== undefined && (!Number.isInteger(value.times) || (value.times as number) < 1)) {
    throw new HttpError(400, 'failure.times: integer >= 1');
  }
  if (
    value.operations !== undefined &&
    !(Array.isArray(value.operations) && value.operations.every((o) => typeof o === 'string'))
  ) {
    throw new HttpError(400, 'failure.operations: list of operationIds');
  }
  if (
    value.retryAfterSeconds !== undefined &&
    (!Number.isInteger(value.retryAfterSeconds) || (value.retryAfterSeconds as number) < 0)
  ) {
    throw new HttpError(400, 'failure.retryAfterSeconds: integer >= 0');
  }
  return {
    status,
    ...(value.times !== undefined && { times: value.times as number }),
    ...(value.operations !== undefined && { operations: value.operations as string[] }),
    ...(value.retryAfterSeconds !== undefined && { retryAfterSeconds: value.retryAfterSeconds as number }),
  };
}

const OUTCOMES = ['PROCESSED', 'REJECTED', 'THROTTLED', 'FAILED'] as const;

function parseCitizen(value: unknown): CitizenSettings {
  if (!isRecord(value)) throw new HttpError(400, 'citizen settings must be an object');
  const settings: CitizenSettings = {};
  for (const [name, v] of Object.entries(value)) {
    switch (name) {
      case 'onIo':
      case 'senderAllowed':
        if (typeof v !== 'boolean') throw new HttpError(400, `${name} must be a boolean`);
        settings[name] = v;
        break;
      case 'blockedServices':
      case 'preferredLanguages':
        if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
          throw new HttpError(400, `${name} must be a list of strings`);
        }
        settings[name] = v as string[];
        break;
      case 'outcome':
        if (!OUTCOMES.includes(v as (typeof OUTCOMES)[number])) {
          throw new HttpError(400, `outcome: one of ${OUTCOMES.join(', ')}`);
        }
        settings.outcome = v as CitizenSettings['outcome'];
        break;
      default:
        throw new HttpError(400, `unknown citizen setting ${name}`);
    }
  }
  return settings;
}
