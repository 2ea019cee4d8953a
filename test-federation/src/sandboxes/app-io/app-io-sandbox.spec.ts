import { readFile } from 'node:fs/promises';
import { type Document, OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startTestFederation, type TestFederation } from '../../start-test-federation.js';
import { renderMarkdown } from './app-io-pages.js';
import { APP_IO_DEFINITION } from './app-io-sandbox.js';

const CITIZEN = 'RSSMRA80A01H501U';
const OTHER = 'VRDLGU85T10F205Z';
const TRIBUTI = 'sandbox-io-key-tributi';
const ANAGRAFE = 'sandbox-io-key-anagrafe';
const MARKDOWN =
  '# Avviso TARI 2026\n\nGentile contribuente, è disponibile l’avviso di pagamento della **tassa sui rifiuti**.\n\n- prima rata\n- seconda rata';

let federation: TestFederation;
let io: string;

beforeAll(async () => {
  federation = await startTestFederation({ port: 0 });
  io = `${federation.url}/io`;
});
afterAll(() => federation.close());
beforeEach(async () => {
  await fetch(`${io}/_sandbox/reset`, { method: 'POST' });
  await control('switches', { processingDelayMs: 20 });
});

async function control(route: string, body: unknown): Promise<Response> {
  return fetch(`${io}/_sandbox/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function call(method: string, path: string, body?: unknown, key: string | null = TRIBUTI): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['ocp-apim-subscription-key'] = key;
  return fetch(`${io}/api/v1${path}`, {
    method,
    headers,
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

function message(overrides: Record<string, unknown> = {}, content: Record<string, unknown> = {}) {
  return {
    fiscal_code: CITIZEN,
    content: { subject: 'Avviso di pagamento TARI 2026', markdown: MARKDOWN, ...content },
    ...overrides,
  };
}

async function statusOf(fiscalCode: string, id: string, key = TRIBUTI): Promise<Record<string, unknown>> {
  const response = await call('GET', `/messages/${fiscalCode}/${id}`, undefined, key);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function settled(fiscalCode: string, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 50; i++) {
    const body = await statusOf(fiscalCode, id);
    if (body.status !== 'ACCEPTED') return body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('message still ACCEPTED');
}

async function send(overrides: Record<string, unknown> = {}, content: Record<string, unknown> = {}) {
  const response = await call('POST', '/messages', message(overrides, content));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('App IO sandbox: profiles', () => {
  it('answers sender_allowed for a citizen on IO', async () => {
    const response = await call('POST', '/profiles', { fiscal_code: CITIZEN });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sender_allowed: true, preferred_languages: ['it_IT'] });
  });

  it('answers 404 problem for a fiscal code not on IO, and sender_allowed false when blocked', async () => {
    await control('switches', {
      citizens: { [CITIZEN]: { onIo: false }, [OTHER]: { blockedServices: ['sandbox-service-tributi'] } },
    });
    const missing = await call('POST', '/profiles', { fiscal_code: CITIZEN });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toEqual({
      status: 404,
      title: 'Profile not found',
      detail: 'The profile you requested was not found in the system.',
    });
    const blocked = await call('POST', '/profiles', { fiscal_code: OTHER });
    expect(((await blocked.json()) as { sender_allowed: boolean }).sender_allowed).toBe(false);
    const otherService = await call('POST', '/profiles', { fiscal_code: OTHER }, ANAGRAFE);
    expect(((await otherService.json()) as { sender_allowed: boolean }).sender_allowed).toBe(true);
  });

  it('can make every unknown fiscal code absent from IO', async () => {
    await control('switches', { unknownCitizens: 'not-on-io', citizens: { [OTHER]: { onIo: true } } });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(404);
    expect((await call('POST', '/profiles', { fiscal_code: OTHER })).status).toBe(200);
  });

  it('refuses a missing or malformed fiscal code with 400 problem', async () => {
    for (const body of [{}, { fiscal_code: 'rssmra80a01h501u' }, { fiscal_code: 'RSSMRA80A01H501' }]) {
      const response = await call('POST', '/profiles', body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { title: string; status: number; detail: string };
      expect(problem.title).toBe('Invalid FiscalCodePayload');
      expect(problem.status).toBe(400);
      expect(problem.detail).toContain('fiscal_code');
    }
  });
});

describe('App IO sandbox: messages', () => {
  it('queues a message (201, Location) and moves it from ACCEPTED to PROCESSED', async () => {
    await control('switches', { processingDelayMs: 200 });
    const response = await call(
      'POST',
      '/messages',
      message(
        { time_to_live: 7200 },
        {
          due_date: '2026-12-31T23:00:00Z',
          payment_data: { amount: 12_345, notice_number: '301000000000000042', invalid_after_due_date: true },
        },
      ),
    );
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(response.headers.get('location')).toBe(`/io/api/v1/messages/${CITIZEN}/${id}`);

    const accepted = await statusOf(CITIZEN, id);
    expect(accepted.status).toBe('ACCEPTED');
    expect((accepted.message as Record<string, unknown>).content).toBeUndefined();

    const processed = await settled(CITIZEN, id);
    expect(processed).toMatchObject({
      status: 'PROCESSED',
      notification: { email: 'SENT', webhook: 'SENT' },
      message: {
        id,
        fiscal_code: CITIZEN,
        time_to_live: 7200,
        feature_level_type: 'STANDARD',
        sender_service_id: 'sandbox-service-tributi',
        content: {
          subject: 'Avviso di pagamento TARI 2026',
          due_date: '2026-12-31T23:00:00.000Z',
          payment_data: { amount: 12_345, notice_number: '301000000000000042', invalid_after_due_date: true },
        },
      },
    });
  });

  it('rejects asynchronously a message to a citizen not on IO or who blocked the service', async () => {
    await control('switches', {
      citizens: { [CITIZEN]: { onIo: false }, [OTHER]: { senderAllowed: false } },
    });
    const first = await send();
    const second = await send({ fiscal_code: OTHER });
    expect((await settled(CITIZEN, first)).status).toBe('REJECTED');
    expect((await settled(OTHER, second)).status).toBe('REJECTED');
    const list = (await (await fetch(`${io}/messages?fiscalCode=${OTHER}`)).json()) as {
      rejection_reason: string;
    }[];
    expect(list[0]?.rejection_reason).toBe('SERVICE_NOT_ALLOWED');
  });

  it('can force THROTTLED or FAILED for a fiscal code', async () => {
    await control('switches', {
      citizens: { [CITIZEN]: { outcome: 'FAILED' }, [OTHER]: { outcome: 'THROTTLED' } },
    });
    expect((await settled(CITIZEN, await send())).status).toBe('FAILED');
    expect((await settled(OTHER, await send({ fiscal_code: OTHER }))).status).toBe('THROTTLED');
  });

  it.each([
    ['subject too short', message({}, { subject: 'Breve' }), 'root.content.subject'],
    ['subject too long', message({}, { subject: 'x'.repeat(121) }), 'root.content.subject'],
    ['markdown too short', message({}, { markdown: 'x'.repeat(79) }), 'root.content.markdown'],
    ['markdown too long', message({}, { markdown: 'x'.repeat(10_001) }), 'root.content.markdown'],
    ['no content', { fiscal_code: CITIZEN }, 'content'],
    ['no subject', { fiscal_code: CITIZEN, content: { markdown: MARKDOWN } }, 'subject'],
    ['bad fiscal code', message({ fiscal_code: 'RSSMRA80A01H501' }), 'root.fiscal_code'],
    ['time_to_live under 3600', message({ time_to_live: 60 }), 'root.time_to_live'],
    ['time_to_live over a week', message({ time_to_live: 604_801 }), 'root.time_to_live'],
    ['unknown feature level', message({ feature_level_type: 'PREMIUM' }), 'root.feature_level_type'],
    ['due date without time', message({}, { due_date: '2026-12-31' }), 'root.content.due_date'],
    ['impossible due date', message({}, { due_date: '2026-13-45T00:00:00Z' }), 'root.content.due_date'],
    [
      'notice number of 17 digits',
      message({}, { payment_data: { amount: 100, notice_number: '30100000000000004' } }),
      'notice_number',
    ],
    [
      'notice number with aux digit 4',
      message({}, { payment_data: { amount: 100, notice_number: '401000000000000042' } }),
      'notice_number',
    ],
    [
      'amount zero',
      message({}, { payment_data: { amount: 0, notice_number: '301000000000000042' } }),
      'amount',
    ],
    [
      'amount not in cents',
      message({}, { payment_data: { amount: 12.5, notice_number: '301000000000000042' } }),
      'amount',
    ],
    [
      'amount over 9999999999',
      message({}, { payment_data: { amount: 10_000_000_000, notice_number: '301000000000000042' } }),
      'amount',
    ],
    ['payment without notice number', message({}, { payment_data: { amount: 100 } }), 'notice_number'],
    [
      'payee of 10 digits',
      message(
        {},
        { payment_data: { amount: 100, notice_number: '301000000000000042', payee: { fiscal_code: '123' } } },
      ),
      'payee',
    ],
  ])('refuses %s with 400 "Invalid message structure"', async (_name, body, where) => {
    const response = await call('POST', '/messages', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { title: string; status: number; detail: string };
    expect(problem).toMatchObject({ title: 'Invalid message structure', status: 400 });
    expect(problem.detail).toContain(where);
  });

  it('accepts the limits exactly', async () => {
    await send({ time_to_live: 604_800 }, { subject: 'x'.repeat(120), markdown: 'y'.repeat(10_000) });
    await send({ time_to_live: 3600 }, { subject: 'x'.repeat(10), markdown: 'y'.repeat(80) });
  });

  it('answers 400 "Bad parameters" without a fiscal code, and for malformed JSON', async () => {
    const response = await call('POST', '/messages', { content: message().content });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ title: 'Bad parameters', status: 400 });
    const broken = await call('POST', '/messages', '{"fiscal_code":');
    expect(broken.status).toBe(400);
    const notJson = await fetch(`${io}/api/v1/profiles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'ocp-apim-subscription-key': TRIBUTI },
      body: JSON.stringify({ fiscal_code: CITIZEN }),
    });
    expect(notJson.status).toBe(400);
  });

  it('reports every invalid field, one per line', async () => {
    const response = await call(
      'POST',
      '/messages',
      message({ time_to_live: 5 }, { subject: 'Breve', markdown: 'corto' }),
    );
    const { detail } = (await response.json()) as { detail: string };
    expect(detail.split('\n')).toHaveLength(3);
    expect(detail).toContain('value 5 at root.time_to_live');
    expect(detail).toContain('value "Breve" at root.content.subject');
  });

  it('refuses an amount over the service maximum (anagrafe may not ask payments)', async () => {
    const response = await call(
      'POST',
      '/messages',
      message({}, { payment_data: { amount: 100, notice_number: '301000000000000042' } }),
      ANAGRAFE,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      title: 'Error while sending payment metadata',
      detail: 'The requested amount (100 cents) exceeds the maximum allowed for this service (0 cents)',
    });
  });

  it('answers 403 for a payee or ADVANCED without the permission, and allows them with it', async () => {
    const withPayee = message(
      {},
      {
        payment_data: {
          amount: 100,
          notice_number: '301000000000000042',
          payee: { fiscal_code: '01234567890' },
        },
      },
    );
    const payee = await call('POST', '/messages', withPayee);
    expect(payee.status).toBe(403);
    expect(await payee.json()).toMatchObject({ title: 'You are not allowed here', status: 403 });
    const advanced = await call('POST', '/messages', message({ feature_level_type: 'ADVANCED' }));
    expect(advanced.status).toBe(403);

    const registered = await control('services', {
      key: 'chiave-tributi-pro',
      serviceId: 'tributi-pro',
      serviceName: 'Tributi avanzati',
      maxAllowedPaymentAmount: 1_000_000,
      canSendWithPayee: true,
      canSendAdvanced: true,
    });
    expect(registered.status).toBe(201);
    expect((await call('POST', '/messages', withPayee, 'chiave-tributi-pro')).status).toBe(201);
    expect(
      (await call('POST', '/messages', message({ feature_level_type: 'ADVANCED' }), 'chiave-tributi-pro'))
        .status,
    ).toBe(201);
  });

  it('answers 403 "Recipient forbidden" for a service in trial mode outside its recipients', async () => {
    await control('services', { key: 'chiave-prova', limited: true, authorizedRecipients: [OTHER] });
    const forbidden = await call('POST', '/messages', message(), 'chiave-prova');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      status: 403,
      title: 'Recipient forbidden',
      detail: 'You are not allowed to issue requests for the recipient.',
    });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN }, 'chiave-prova')).status).toBe(403);
    expect((await call('POST', '/messages', message({ fiscal_code: OTHER }), 'chiave-prova')).status).toBe(
      201,
    );
  });

  it('answers 404 for an unknown message, 403 for another service, 400 for a bad fiscal code', async () => {
    const id = await send();
    const unknown = await call('GET', `/messages/${CITIZEN}/01ARZ3NDEKTSV4RRFFQ69G5FAV`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ title: 'Message not found', status: 404 });
    const otherService = await call('GET', `/messages/${CITIZEN}/${id}`, undefined, ANAGRAFE);
    expect(otherService.status).toBe(403);
    expect(await otherService.json()).toMatchObject({ title: 'You are not allowed here' });
    const badCode = await call('GET', `/messages/rssmra80a01h501u/${id}`);
    expect(badCode.status).toBe(400);
    const problem = (await badCode.json()) as { title: string; detail: string };
    expect(problem.title).toMatch(/^Invalid string that matches the pattern/);
    expect(problem.detail).toContain('fiscal_code');
  });
});

describe('App IO sandbox: gateway', () => {
  it('answers 401 without a key or with an unknown one, like the API gateway', async () => {
    const missing = await call('POST', '/profiles', { fiscal_code: CITIZEN }, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      statusCode: 401,
      message: expect.stringContaining('missing'),
    });
    const wrong = await call('POST', '/profiles', { fiscal_code: CITIZEN }, 'chiave-sbagliata');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({
      statusCode: 401,
      message: expect.stringContaining('invalid'),
    });
  });

  it('answers 404 for an operation it does not have', async () => {
    const response = await call('GET', '/services');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: 'Resource not found' });
  });

  it('limits each key to 150 calls per 5 seconds, counts them in stats', async () => {
    const responses = await Promise.all(
      Array.from({ length: 152 }, () => call('POST', '/profiles', { fiscal_code: CITIZEN })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(150);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(2);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited[0]?.json()).toMatchObject({ statusCode: 429 });
    // Another key has its own window.
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN }, ANAGRAFE)).status).toBe(200);

    const stats = (await (await fetch(`${io}/_sandbox/stats`)).json()) as {
      rateLimit: { limit: number; windowMs: number };
      keys: Record<
        string,
        { total: number; limited: number; windows: { requests: number; limited: number }[] }
      >;
    };
    expect(stats.rateLimit).toEqual({ limit: 150, windowMs: 5000 });
    expect(stats.keys[TRIBUTI]).toMatchObject({ total: 152, limited: 2 });
    expect(stats.keys[TRIBUTI]?.windows).toEqual([expect.objectContaining({ requests: 152, limited: 2 })]);
    expect(stats.keys[ANAGRAFE]?.total).toBe(1);
  });

  it('opens a new window when the old one ends (rate limit switch)', async () => {
    await control('switches', { rateLimit: { limit: 2, windowMs: 200 } });
    const first = await Promise.all([1, 2, 3].map(() => call('POST', '/profiles', { fiscal_code: CITIZEN })));
    expect(first.map((r) => r.status)).toEqual(expect.arrayContaining([200, 200, 429]));
    await new Promise((r) => setTimeout(r, 250));
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(200);
  });
});

describe('App IO sandbox: switches', () => {
  it('forces 429 with Retry-After for a number of calls', async () => {
    await control('switches', { failure: { status: 429, times: 2, retryAfterSeconds: 7 } });
    for (let i = 0; i < 2; i++) {
      const response = await call('POST', '/profiles', { fiscal_code: CITIZEN });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(200);
    const switches = (await (await fetch(`${io}/_sandbox/switches`)).json()) as { failure: unknown };
    expect(switches.failure).toBeNull();
  });

  it('forces 5xx on chosen operations only', async () => {
    await control('switches', {
      failure: { status: 500, operations: ['submitMessageforUserWithFiscalCodeInBody'] },
    });
    const failed = await call('POST', '/messages', message());
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ title: 'Internal server error', status: 500 });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(200);
    await control('switches', { failure: { status: 503 } });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(503);
    await control('switches', { failure: null });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(200);
  });

  it('adds latency', async () => {
    await control('switches', { latencyMs: 150 });
    const started = Date.now();
    await call('POST', '/profiles', { fiscal_code: CITIZEN });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses unknown or malformed switches', async () => {
    expect((await control('switches', { nonsense: true })).status).toBe(400);
    expect((await control('switches', { failure: { status: 404 } })).status).toBe(400);
    expect((await control('switches', { citizens: { NONCF: { onIo: false } } })).status).toBe(400);
    expect((await control('switches', { citizens: { [CITIZEN]: { outcome: 'LOST' } } })).status).toBe(400);
    expect((await control('services', { serviceName: 'senza chiave' })).status).toBe(400);
  });

  it('lists services and forgets registrations, messages and switches at reset', async () => {
    await control('services', { key: 'chiave-temporanea' });
    await send();
    await control('switches', { unknownCitizens: 'not-on-io' });
    const services = (await (await fetch(`${io}/_sandbox/services`)).json()) as { key: string }[];
    expect(services.map((s) => s.key)).toContain('chiave-temporanea');
    await fetch(`${io}/_sandbox/reset`, { method: 'POST' });
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN }, 'chiave-temporanea')).status).toBe(401);
    expect(await (await fetch(`${io}/messages?fiscalCode=${CITIZEN}`)).json()).toEqual([]);
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(200);
  });
});

describe('App IO sandbox: answers match shared/openapi/app-io.yaml', () => {
  it('validates the answers of every operation against the response schemas', async () => {
    const definition = parseYaml(await readFile(APP_IO_DEFINITION, 'utf8')) as Document;
    const spec = new OpenAPIBackend({ definition, apiRoot: '/api/v1', strict: true });
    await spec.init();
    expect(spec.validateResponse({ sender_allowed: 'sì' }, 'getProfileByPOST', 200).errors).not.toBeFalsy();
    const check = async (operationId: string, response: Response) => {
      const body = await response.json();
      const result = spec.validateResponse(body, operationId, response.status);
      expect(result.errors ?? [], `${operationId} ${response.status} ${JSON.stringify(body)}`).toEqual([]);
    };
    await check('getProfileByPOST', await call('POST', '/profiles', { fiscal_code: CITIZEN }));
    await check('getProfileByPOST', await call('POST', '/profiles', {}));
    await check(
      'getProfileByPOST',
      await call('POST', '/profiles', { fiscal_code: CITIZEN }, 'chiave-sbagliata'),
    );
    const id = await send(
      { time_to_live: 3600 },
      {
        due_date: '2026-12-31T23:00:00+01:00',
        payment_data: { amount: 100, notice_number: '301000000000000042' },
      },
    );
    await check('getMessage', await call('GET', `/messages/${CITIZEN}/${id}`));
    await settled(CITIZEN, id);
    await check('getMessage', await call('GET', `/messages/${CITIZEN}/${id}`));
    await check('getMessage', await call('GET', `/messages/${CITIZEN}/01ARZ3NDEKTSV4RRFFQ69G5FAV`));
    await check('submitMessageforUserWithFiscalCodeInBody', await call('POST', '/messages', message()));
    await control('switches', {
      citizens: { [CITIZEN]: { onIo: false } },
      failure: { status: 429, times: 1 },
    });
    await check('getProfileByPOST', await call('POST', '/profiles', { fiscal_code: CITIZEN }));
    await check('getProfileByPOST', await call('POST', '/profiles', { fiscal_code: CITIZEN }));
  });
});

describe("App IO sandbox: tester's pages and JSON list", () => {
  it('lists a citizen’s stored messages as JSON, with the sending service', async () => {
    const id = await send();
    await settled(CITIZEN, id);
    const response = await fetch(`${io}/messages?fiscalCode=${CITIZEN.toLowerCase()}`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as Record<string, unknown>[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id,
      fiscal_code: CITIZEN,
      status: 'PROCESSED',
      sender_service_id: 'sandbox-service-tributi',
      service_name: 'Tributi',
      content: { subject: 'Avviso di pagamento TARI 2026', markdown: MARKDOWN },
    });
    expect((await fetch(`${io}/messages`)).status).toBe(400);
  });

  it('serves the Italian home page and an inbox that escapes everything', async () => {
    const home = await fetch(`${io}/`);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<html lang="it">');
    expect(homeHtml).toContain('<label for="fiscalCode">');
    expect(homeHtml).toContain('solo per sviluppo e test');
    expect(homeHtml).toContain('sandbox-io-key-edilizia');

    const id = await send(
      {},
      {
        subject: 'Promemoria <script>alert(1)</script>',
        markdown: `${MARKDOWN}\n\n<img src=x onerror=alert(1)> [sito](javascript:alert(1))`,
        due_date: '2026-06-30T22:00:00Z',
        payment_data: { amount: 12_345, notice_number: '301000000000000042', invalid_after_due_date: true },
      },
    );
    await settled(CITIZEN, id);
    const inbox = await (await fetch(`${io}/app?fiscalCode=${CITIZEN}`)).text();
    expect(inbox).not.toContain('<script>');
    expect(inbox).not.toContain('<img');
    expect(inbox).not.toContain('href="javascript');
    expect(inbox).toContain('Promemoria &lt;script&gt;');
    expect(inbox).toContain('<strong>tassa sui rifiuti</strong>');
    expect(inbox).toContain('<li>prima rata</li>');
    expect(inbox).toContain('123,45');
    expect(inbox).toContain('301000000000000042');
    expect(inbox).toContain('1 luglio 2026');
    expect(inbox).toContain('Non è più pagabile dopo la scadenza');
    expect((await fetch(`${io}/app?fiscalCode=NONVALIDO`)).status).toBe(400);
  });

  it("saves a citizen's test settings from the inbox page", async () => {
    const saved = await fetch(`${io}/app/settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ fiscalCode: CITIZEN.toLowerCase(), senderAllowed: 'true' }),
      redirect: 'manual',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/io/app?fiscalCode=${CITIZEN}`);
    expect((await call('POST', '/profiles', { fiscal_code: CITIZEN })).status).toBe(404);
    const page = await (await fetch(`${io}/app?fiscalCode=${CITIZEN}`)).text();
    expect(page).toContain('<label for="onIo"');
    expect(page).toContain('non risulta iscritta');
  });

  it('renders markdown as escaped paragraphs, headings and lists', () => {
    expect(renderMarkdown('# Titolo\n\nRiga <b>uno</b>\nriga due\n\n1. primo\n2. secondo')).toBe(
      '<h4>Titolo</h4>\n<p>Riga &lt;b&gt;uno&lt;/b&gt;<br>riga due</p>\n<ol><li>primo</li><li>secondo</li></ol>',
    );
  });
});
