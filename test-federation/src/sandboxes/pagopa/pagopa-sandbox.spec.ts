import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Document, OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startTestFederation, type TestFederation } from '../../start-test-federation.js';
import type {
  PaymentOptionInput,
  PaymentPositionInput,
  positionModel,
  positionResponse,
  SandboxReceipt,
  StampInput,
  TransferInput,
} from './gpd-store.js';
import { DEFINITION_URL, type PagopaSwitches } from './pagopa-sandbox.js';

type Position = ReturnType<typeof positionResponse>;
type Model = ReturnType<typeof positionModel>;
interface List {
  payment_position_list: Position[];
  page_info: { page: number; limit: number; items_found: number; total_pages: number };
}
type Loose = Record<string, unknown>;
type Input = PaymentPositionInput & { paymentOption: PaymentOptionInput[] };
const option = (p: PaymentPositionInput) => p.paymentOption?.[0] as PaymentOptionInput;
const transfer = (p: PaymentPositionInput) => option(p).transfer?.[0] as TransferInput;
const stamp = (p: PaymentPositionInput) => transfer(p).stamp as StampInput;

const KEY = 'sandbox-gpd-key';
const ORG = '01234567890';
const DAY = 24 * 60 * 60 * 1000;

let federation: TestFederation;
let gpd: string;
let sandbox: string;
let serial = 0;

beforeAll(async () => {
  federation = await startTestFederation({ port: 0 });
  gpd = `${federation.url}/pagopa/gpd/debt-positions-service/v1/organizations/${ORG}/debtpositions`;
  sandbox = `${federation.url}/pagopa/_sandbox`;
});

afterAll(async () => {
  await federation.close();
});

beforeEach(async () => {
  await control('/reset');
});

async function control<T = Loose>(path: string, body?: unknown) {
  const response = await fetch(`${sandbox}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function api<T = Loose>(method: string, path: string, body?: unknown, key: string | null = KEY) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['Ocp-Apim-Subscription-Key'] = key;
  const response = await fetch(`${gpd}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as T,
  };
}

function iuv(): string {
  serial += 1;
  return `01${String(Date.now() % 1e9).padStart(9, '0')}${String(serial).padStart(6, '0')}`;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

function stampPosition(overrides: Partial<PaymentPositionInput> = {}): Input {
  const code = iuv();
  return {
    iupd: `${ORG}-${code}`,
    type: 'F',
    fiscalCode: 'RSSMRA80A01H501U',
    fullName: 'Mario Rossi',
    companyName: 'Comune di Prova',
    switchToExpired: false,
    paymentOption: [
      {
        iuv: code,
        amount: 1600,
        description: 'Marca da bollo per il certificato',
        isPartialPayment: false,
        dueDate: inDays(30),
        transfer: [
          {
            idTransfer: '1',
            amount: 1600,
            remittanceInformation: 'Imposta di bollo',
            category: '9/0301116TS/9/24B0060000000017',
            stamp: {
              hashDocument: 'q1w2e3r4t5y6u7i8o9p0q1w2e3r4t5y6u7i8o9p0abc=',
              stampType: '01',
              provincialResidence: 'RM',
            },
          },
        ],
      },
    ],
    ...overrides,
  };
}

function ibanPosition(
  amounts: number[] = [2500],
  partial = false,
  overrides: Partial<PaymentPositionInput> = {},
): Input {
  const options = amounts.map((amount, index) => ({
    iuv: iuv(),
    amount,
    description: `Mensa scolastica, rata ${index + 1}`,
    isPartialPayment: partial,
    dueDate: inDays(10 + index),
    transfer: [
      {
        idTransfer: '1',
        amount,
        remittanceInformation: 'Servizio mensa',
        category: '9/0101101IM/',
        iban: 'IT60X0542811101000000123456',
      },
    ],
  }));
  return {
    iupd: `${ORG}-IUPD-${iuv()}`,
    type: 'F',
    fiscalCode: 'RSSMRA80A01H501U',
    fullName: 'Mario Rossi',
    companyName: 'Comune di Prova',
    switchToExpired: false,
    paymentOption: options,
    ...overrides,
  };
}

async function created(position: object, publish = true) {
  const answer = await api<Model>('POST', publish ? '?toPublish=true' : '', position);
  expect(answer.status).toBe(201);
  return answer.body;
}

describe('shared/openapi/pagopa-gpd.yaml', () => {
  it('is a valid OpenAPI 3 document with an operationId on every route', async () => {
    const definition = parse(await readFile(DEFINITION_URL, 'utf8')) as Document;
    const api = new OpenAPIBackend({ definition, strict: true, quick: false, validate: false });
    await expect(api.init()).resolves.toBeTruthy();
    expect(
      api
        .getOperations()
        .map((operation) => operation.operationId)
        .sort(),
    ).toEqual([
      'createPosition',
      'getOrganizationDebtPositionByIUPD',
      'getOrganizationDebtPositions',
      'invalidatePosition',
      'publishPosition',
    ]);
  }, 30_000);
});

describe('pagoPA GPD sandbox: debt positions', () => {
  it('creates and publishes a stamp position, then reads it with its notice number', async () => {
    const position = stampPosition();
    const answer = await api<Model>('POST', '?toPublish=true', position);
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-request-id')).toBeTruthy();
    expect(answer.body).toMatchObject({ iupd: position.iupd, status: 'VALID' });
    const code = position.paymentOption[0]?.iuv;
    expect(answer.body.paymentOption[0].nav).toBe(`3${code}`);

    const read = await api<Position>('GET', `/${position.iupd}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      iupd: position.iupd,
      organizationFiscalCode: ORG,
      status: 'VALID',
      companyName: 'Comune di Prova',
    });
    expect(read.body.paymentOption[0]).toMatchObject({ iuv: code, amount: 1600, status: 'PO_UNPAID' });
    expect(read.body.paymentOption[0].transfer[0].stamp).toEqual(stamp(position));
    expect(read.body.paymentOption[0].dueDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
  });

  it('creates a DRAFT, publishes it once (409 the second time) and echoes X-Request-Id', async () => {
    const position = ibanPosition();
    expect((await created(position, false)).status).toBe('DRAFT');
    const response = await fetch(`${gpd}/${position.iupd}/publish`, {
      method: 'POST',
      headers: { 'Ocp-Apim-Subscription-Key': KEY, 'X-Request-Id': 'req-42' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(((await response.json()) as { status: string }).status).toBe('VALID');
    const again = await api('POST', `/${position.iupd}/publish`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: 409, title: expect.stringContaining('publishable') });
  });

  it('publishes as PUBLISHED when the validity date is in the future', async () => {
    const position = ibanPosition([1000], false, { validityDate: inDays(2) });
    position.paymentOption[0]!.dueDate = inDays(5);
    expect((await created(position)).status).toBe('PUBLISHED');
  });

  it('invalidates a VALID position, and refuses DRAFT or INVALID ones with 409', async () => {
    const valid = ibanPosition();
    await created(valid);
    const answer = await api('POST', `/${valid.iupd}/invalidate`);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('INVALID');
    expect((await api('POST', `/${valid.iupd}/invalidate`)).status).toBe(409);
    const draft = ibanPosition();
    await created(draft, false);
    const refused = await api('POST', `/${draft.iupd}/invalidate`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      status: 409,
      title: expect.any(String),
      detail: expect.any(String),
    });
  });

  it('answers 404 as ProblemJson for an unknown IUPD', async () => {
    const answer = await api('GET', '/NOPE-1');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ status: 404, title: 'Not found the debt position' });
  });

  it('lists positions with paging and a status filter', async () => {
    await created(ibanPosition());
    await created(ibanPosition(), false);
    const all = await api('GET', '?limit=1&page=0');
    expect(all.status).toBe(200);
    expect(all.body.page_info).toEqual({ page: 0, limit: 1, items_found: 2, total_pages: 2 });
    expect(all.body.payment_position_list).toHaveLength(1);
    const drafts = await api<List>('GET', '?status=DRAFT');
    expect(drafts.body.payment_position_list.map((p) => p.status)).toEqual(['DRAFT']);
    const tooWide = await api(
      'GET',
      `?due_date_from=${inDays(0).slice(0, 10)}&due_date_to=${inDays(60).slice(0, 10)}`,
    );
    expect(tooWide.status).toBe(400);
  });
});

describe('pagoPA GPD sandbox: requests the real service refuses', () => {
  it('answers 401 like the API gateway without the key or with a wrong one', async () => {
    const missing = await api('GET', '', undefined, null);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({
      statusCode: 401,
      message: expect.stringContaining('missing subscription key'),
    });
    const wrong = await api('POST', '?toPublish=true', stampPosition(), 'other-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toContain('invalid subscription key');
  });

  it.each([
    [
      'a missing required field',
      (p: PaymentPositionInput) => Reflect.deleteProperty(p, 'fullName'),
      'fullName',
    ],
    ['a wrong date-time format', (p: PaymentPositionInput) => (option(p).dueDate = '31/12/2030'), 'dueDate'],
    [
      'a description over 140 characters',
      (p: PaymentPositionInput) => (option(p).description = 'x'.repeat(141)),
      'description',
    ],
    ['a zero amount', (p: PaymentPositionInput) => (option(p).amount = 0), 'amount'],
    ['a stamp type of 3 characters', (p: PaymentPositionInput) => (stamp(p).stampType = '001'), 'stampType'],
    [
      'a lower-case province',
      (p: PaymentPositionInput) => (stamp(p).provincialResidence = 'rm'),
      'provincialResidence',
    ],
    ['a transfer id out of 1-5', (p: PaymentPositionInput) => (transfer(p).idTransfer = '6'), 'idTransfer'],
    ['a debtor type other than F/G', (p: PaymentPositionInput) => Object.assign(p, { type: 'X' }), 'type'],
    [
      'a hash over 72 characters',
      (p: PaymentPositionInput) => (stamp(p).hashDocument = 'a'.repeat(73)),
      'hashDocument',
    ],
  ])('refuses %s with 400 ProblemJson', async (_name, mutate, field) => {
    const position = stampPosition();
    mutate(position);
    const answer = await api('POST', '?toPublish=true', position);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: 400, title: 'BAD REQUEST' });
    expect(answer.body.detail).toContain(field);
  });

  it('refuses a list page over 50', async () => {
    const answer = await api('GET', '?limit=51');
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toContain('limit');
  });

  it.each([
    ['transfers that do not add up to the amount', (p: PaymentPositionInput) => (option(p).amount = 1700)],
    [
      'a transfer with both IBAN and stamp',
      (p: PaymentPositionInput) => (transfer(p).iban = 'IT60X0542811101000000123456'),
    ],
    ['a transfer with neither IBAN nor stamp', (p: PaymentPositionInput) => (transfer(p).stamp = undefined)],
    ['a due date in the past', (p: PaymentPositionInput) => (option(p).dueDate = inDays(-1))],
    ['a validity date in the past', (p: PaymentPositionInput) => (p.validityDate = inDays(-1))],
  ])('refuses %s with 400 (request data error)', async (_name, mutate) => {
    const position = stampPosition();
    mutate(position);
    const answer = await api('POST', '', position);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ status: 400, title: 'Error in the debt position request data' });
  });

  it('refuses a duplicate IUPD or IUV with 409', async () => {
    const first = stampPosition();
    await created(first);
    const sameIupd = stampPosition({ iupd: first.iupd });
    const answer = await api('POST', '?toPublish=true', sameIupd);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      status: 409,
      title: 'The debt position violated constraints of uniqueness',
    });
    const sameIuv = stampPosition();
    sameIuv.paymentOption[0]!.iuv = first.paymentOption[0]!.iuv;
    expect((await api('POST', '?toPublish=true', sameIuv)).status).toBe(409);
  });
});

describe('pagoPA checkout sandbox', () => {
  it('shows the notice and pays it with "Paga", with a stamp IUBD and a link back', async () => {
    const position = stampPosition({ companyName: 'Comune di <Prova> & "Test"' });
    await created(position);
    const nav = `3${position.paymentOption[0]?.iuv}`;
    const returnUrl = 'http://localhost:3000/pagamenti?esito=1';
    const page = await fetch(
      `${federation.url}/pagopa/checkout/${nav}?returnUrl=${encodeURIComponent(returnUrl)}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="it"');
    expect(html).toContain('Comune di &lt;Prova&gt; &amp; &quot;Test&quot;');
    expect(html).toMatch(/16,00\s€/);
    expect(html).toContain('Marca da bollo per il certificato');
    expect(html).toContain('<button type="submit">Paga</button>');
    expect(html).toContain('solo per sviluppo e test');

    const paid = await fetch(`${federation.url}/pagopa/checkout/${nav}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ returnUrl }).toString(),
    });
    expect(paid.status).toBe(200);
    const receiptPage = await paid.text();
    expect(receiptPage).toContain('Pagamento eseguito');
    expect(receiptPage).toContain(`href="${returnUrl.replace('&', '&amp;')}"`);
    expect(receiptPage).toMatch(/IUBD\)<\/dt><dd>\d{14},/);

    const read = await api<Position>('GET', `/${position.iupd}`);
    expect(read.body.status).toBe('PAID');
    expect(read.body.paymentDate).toBeTruthy();
    expect(read.body.paymentOption[0]).toMatchObject({
      status: 'PO_PAID',
      pspCompany: expect.any(String),
      idReceipt: expect.any(String),
      paymentDate: expect.any(String),
    });
    const receipt = await fetch(`${sandbox}/receipts/${nav}`);
    const body = (await receipt.json()) as SandboxReceipt;
    expect(body.receiptId).toBe(read.body.paymentOption[0].idReceipt);
    expect(body.stamps[0]).toMatchObject({
      hashDocument: stamp(position)?.hashDocument,
      iubd: expect.stringMatching(/^\d{14}$/),
    });

    const again = await fetch(`${federation.url}/pagopa/checkout/${nav}`);
    expect(await again.text()).toContain('già stato pagato');
    expect((await api('POST', `/${position.iupd}/invalidate`)).status).toBe(409);
  });

  it('refuses a return URL that is not http(s) and an unknown notice', async () => {
    const position = ibanPosition();
    await created(position);
    const nav = `3${position.paymentOption[0]?.iuv}`;
    const bad = await fetch(`${federation.url}/pagopa/checkout/${nav}?returnUrl=javascript:alert(1)`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${federation.url}/pagopa/checkout/399999999999999999`)).status).toBe(404);
  });

  it('pays instalments one by one: PARTIALLY_PAID, then PAID', async () => {
    const position = ibanPosition([1000, 1500], true);
    await created(position);
    const [first, second] = position.paymentOption.map((option) => `3${option.iuv}`);
    expect((await control(`/pay/${first}`)).status).toBe(200);
    expect((await api('GET', `/${position.iupd}`)).body.status).toBe('PARTIALLY_PAID');
    expect((await control(`/pay/${first}`)).status).toBe(409);
    expect(
      (await control<{ receipt: SandboxReceipt }>(`/pay/${second}`)).body.receipt.debtPositionStatus,
    ).toBe('PAID');
    expect((await api('GET', `/${position.iupd}`)).body.status).toBe('PAID');
  });

  it('does not pay a DRAFT position', async () => {
    const position = ibanPosition();
    await created(position, false);
    expect((await control(`/pay/3${position.paymentOption[0]?.iuv}`)).status).toBe(422);
  });
});

describe('pagoPA sandbox switches', () => {
  it('reads and validates the switches, and reset restores them', async () => {
    const read = await fetch(`${sandbox}/switches`);
    expect(await read.json()).toMatchObject({ refuseCreates: 0, unavailable: false, delaySeconds: 0 });
    expect((await control('/switches', { unavailable: 'yes' })).status).toBe(400);
    expect((await control('/switches', { nope: true })).status).toBe(400);
    expect((await control('/switches', { receiptUrl: 'ftp://x' })).status).toBe(400);
    expect((await control('/switches', { unavailable: true })).body.unavailable).toBe(true);
    expect((await control<{ switches: PagopaSwitches }>('/reset')).body.switches.unavailable).toBe(false);
  });

  it('refuses the next creates with 400 or 409', async () => {
    await control('/switches', { refuseCreates: 1 });
    const refused = await api('POST', '?toPublish=true', stampPosition());
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ status: 400, title: 'Error in the debt position request data' });
    expect((await api('POST', '?toPublish=true', stampPosition())).status).toBe(201);
    await control('/switches', { refuseCreates: 1, refuseStatus: 409 });
    expect((await api('POST', '?toPublish=true', stampPosition())).status).toBe(409);
  });

  it('answers 503 to API calls when unavailable', async () => {
    await control('/switches', { unavailable: true });
    const answer = await api('GET', '/ANY');
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 503 });
    expect((await api('GET', '/ANY', undefined, 'wrong')).status).toBe(401);
  });

  it('holds API answers for delaySeconds', async () => {
    await control('/switches', { delaySeconds: 0.4 });
    const started = Date.now();
    expect((await api('GET', '')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('expires a position now by IUPD, and past-due positions with expirePastDue or switchToExpired', async () => {
    const now = ibanPosition();
    await created(now);
    expect((await control(`/expire/${now.iupd}`)).status).toBe(200);
    expect((await api('GET', `/${now.iupd}`)).body.status).toBe('EXPIRED');
    expect((await control(`/pay/3${now.paymentOption[0]?.iuv}`)).status).toBe(422);
    expect((await control('/expire/NOPE')).status).toBe(404);

    const soon = ibanPosition();
    soon.paymentOption[0]!.dueDate = new Date(Date.now() + 600).toISOString();
    const flagged = ibanPosition([1000], false, { switchToExpired: true });
    flagged.paymentOption[0]!.dueDate = new Date(Date.now() + 600).toISOString();
    await created(soon);
    await created(flagged);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await api('GET', `/${soon.iupd}`)).body.status).toBe('VALID');
    expect((await api('GET', `/${flagged.iupd}`)).body.status).toBe('EXPIRED');
    await control('/switches', { expirePastDue: true });
    expect((await api('GET', `/${soon.iupd}`)).body.status).toBe('EXPIRED');
  });

  it('posts the receipt to the receipt URL, twice with duplicateReceipt', async () => {
    const received: { delivery: string | undefined; body: SandboxReceipt }[] = [];
    const portal = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({
        delivery: req.headers['x-sandbox-delivery'] as string | undefined,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => portal.listen(0, resolve));
    const portalUrl = `http://localhost:${(portal.address() as AddressInfo).port}/pagopa/ricevute`;
    try {
      await control('/switches', { receiptUrl: portalUrl });
      const once = stampPosition();
      await created(once);
      const paid = await control(`/pay/3${once.paymentOption[0]?.iuv}`);
      expect(paid.body.callbackDeliveries).toEqual([{ url: portalUrl, status: 204 }]);
      expect(received).toHaveLength(1);
      expect(received[0]?.body).toMatchObject({
        type: 'pagopa-sandbox.receipt',
        iupd: once.iupd,
        noticeNumber: `3${once.paymentOption[0]?.iuv}`,
        amount: 1600,
        debtPositionStatus: 'PAID',
        stamps: [{ iubd: expect.stringMatching(/^\d{14}$/) }],
      });

      await control('/switches', { duplicateReceipt: true });
      const twice = ibanPosition();
      await created(twice);
      await control(`/pay/3${twice.paymentOption[0]?.iuv}`);
      expect(received.slice(1).map((entry) => entry.delivery)).toEqual(['1', '2']);
      expect(received[1]?.body.receiptId).toBe(received[2]?.body.receiptId);
    } finally {
      await new Promise<void>((resolve) => portal.close(() => resolve()));
    }
  });
});
