import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstPagePng, pdfText } from '../src/certificates/pdf/poppler.fixtures.js';
import { createProperty, putBaseRates } from './f24-fixtures.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { practiceParty, registerPractice } from './support/permit-factories.js';
import { type SeededHousehold, seedHousehold } from './support/registry-factories.js';
import { sandboxSwitches } from './support/sandbox-switches.js';
import { loginAs, type TestSession } from './support/session.js';

const { backendUrl, federationUrl } = inject('stack');
const SANDBOX = `${federationUrl}/pagopa`;
const GPD = `${SANDBOX}/gpd/debt-positions-service/v1`;

interface PaymentItem {
  id: string;
  kind: string;
  amount: string;
  status: string;
  noticeNumber: string | null;
  checkoutUrl?: string;
  noticePdfUrl?: string;
  receiptUrl?: string;
  iubd?: string;
  creditorFiscalCode: string;
}

function switches(values: Record<string, unknown>): Promise<void> {
  return sandboxSwitches(federationUrl, 'pagopa', values);
}

async function resetSwitches(): Promise<void> {
  await switches({
    refuseCreates: 0,
    unavailable: false,
    delaySeconds: 0,
    duplicateReceipt: false,
    receiptUrl: `${backendUrl}/api/payments/pagopa/receipts`,
  });
}

/** Follows the checkout link as a browser would and presses "Paga" (the page's one form). */
async function payAtCheckout(checkoutUrl: string): Promise<void> {
  const page = await fetch(checkoutUrl);
  const html = await page.text();
  expect(html).toContain('>Paga</button>');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(action).toBeTruthy();
  const paid = await fetch(action as string, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    redirect: 'manual',
  });
  expect(paid.status).toBeLessThan(400);
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function payments(session: TestSession): Promise<PaymentItem[]> {
  const answer = await session.fetch('/api/payments');
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { items: PaymentItem[] }).items;
}

async function requestCertificate(
  session: TestSession,
  subjectId: string,
  headers: Record<string, string> = {},
) {
  return session.fetch('/api/certificates', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ type: 'residence', subjectId, stampDuty: { pagoPA: true } }),
  });
}

describe('pagoPA payments', () => {
  let household: SeededHousehold;
  let resident: TestSession;

  beforeAll(async () => {
    household = await seedHousehold([{ relationshipCode: '01' }, { relationshipCode: '02' }]);
    resident = await loginAs(household.members[0]);
  });

  afterEach(resetSwitches);

  it('should issue a certificate paid with the digital stamp, printing its IUBD, within 30 seconds', async () => {
    const answer = await requestCertificate(resident, household.members[0].id);
    expect(answer.status).toBe(202);
    const body = (await answer.json()) as {
      id: string;
      status: string;
      payment: {
        id: string;
        noticeNumber: string;
        amount: string;
        checkoutUrl: string;
        noticePdfUrl: string;
      };
    };
    expect(body.status).toBe('awaiting-payment');
    expect(body.payment.amount).toBe('16.00');
    expect(body.payment.noticeNumber).toMatch(/^3\d{17}$/);
    const archive = (await (await resident.fetch('/api/certificates')).json()) as {
      awaitingPayment: { id: string; paymentId: string; paymentStatus: string }[];
    };
    expect(archive.awaitingPayment).toContainEqual(
      expect.objectContaining({ id: body.id, paymentId: body.payment.id, paymentStatus: 'due' }),
    );

    const started = Date.now();
    await payAtCheckout(body.payment.checkoutUrl);
    const items = await waitFor(
      () => payments(resident),
      (list) => list.find((item) => item.id === body.payment.id)?.status === 'paid',
    );
    const paid = items.find((item) => item.id === body.payment.id);
    expect(paid?.status).toBe('paid');
    expect(paid?.receiptUrl).toBe(`/api/payments/${body.payment.id}/receipt.pdf`);
    const pdf = await waitFor(
      () => resident.fetch(`/api/certificates/${body.id}/pdf`),
      (response) => response.status === 200,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    const receipt = (await (
      await fetch(`${SANDBOX}/_sandbox/receipts/${body.payment.noticeNumber}`)
    ).json()) as {
      stamps: { iubd: string }[];
    };
    const iubd = receipt.stamps[0]?.iubd;
    expect(iubd).toMatch(/^\d{14}$/);
    expect(paid?.iubd).toBe(iubd);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain(`n. ${iubd}`);
    expect(text).toContain('marca da bollo digitale pagoPA');
    const receiptPdf = await resident.fetch(paid?.receiptUrl as string);
    expect(receiptPdf.status).toBe(200);
    expect(pdfText(Buffer.from(await receiptPdf.arrayBuffer()))).toContain(iubd);
  });

  it('should create one position for two clicks and for a repeated Idempotency-Key', async () => {
    const subject = household.members[1].id;
    const [first, second] = await Promise.all([
      requestCertificate(resident, subject),
      requestCertificate(resident, subject),
    ]);
    const a = (await first.json()) as { id: string; payment: { id: string } };
    const b = (await second.json()) as { id: string; payment: { id: string } };
    expect(b.id).toBe(a.id);
    expect(b.payment.id).toBe(a.payment.id);
    const keyed = await requestCertificate(resident, subject, { 'Idempotency-Key': 'click-1' });
    const again = await requestCertificate(resident, subject, { 'Idempotency-Key': 'click-1' });
    expect(((await again.json()) as { id: string }).id).toBe(((await keyed.json()) as { id: string }).id);
  });

  it('should change nothing on a second delivery of the same receipt', async () => {
    await switches({ duplicateReceipt: true });
    const body = (await (
      await requestCertificate(resident, household.members[0].id, { 'Idempotency-Key': 'dup' })
    ).json()) as {
      id: string;
      payment: { id: string; noticeNumber: string };
    };
    const paid = await fetch(`${SANDBOX}/_sandbox/pay/${body.payment.noticeNumber}`, { method: 'POST' });
    const result = (await paid.json()) as { callbackDeliveries: { status?: number }[] };
    expect(result.callbackDeliveries).toHaveLength(2);
    const events = await testDb().query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'payments.position.paid' AND resource_id = $1`,
      [body.payment.id],
    );
    expect(events.rows[0].n).toBe(1);
    const certificates = await testDb().query(
      'SELECT count(*)::int AS n FROM issued_certificate WHERE id = $1',
      [body.id],
    );
    expect(certificates.rows[0].n).toBe(1);
  });

  it('should refuse and log a receipt for a position the portal does not know', async () => {
    const answer = await fetch(`${backendUrl}/api/payments/pagopa/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'pagopa-sandbox.receipt',
        organizationFiscalCode: '00000000000',
        iupd: 'UNKNOWN-1',
        noticeNumber: '301000000000000199',
        receiptId: 'r1',
        paymentDate: new Date().toISOString(),
      }),
    });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { code: string }).code).toBe('PAYMENT_POSITION_UNKNOWN');
  });

  it('should answer 404 for another resident’s payment and print the pagoPA QR code on the notice', async () => {
    const person = (await seedHousehold([{ relationshipCode: '01' }])).members[0];
    const owner = await loginAs(person);
    expect((await requestCertificate(owner, person.id)).status).toBe(202);
    const [due] = (await payments(owner)) as [PaymentItem];
    expect(due.status).toBe('due');
    const other = await loginAs(newIdentity());
    expect((await other.fetch(`/api/payments/${due.id}`)).status).toBe(404);
    expect((await other.fetch(`/api/payments/${due.id}/notice.pdf`)).status).toBe(404);
    expect((await owner.fetch(`/api/payments/${due.id}`)).status).toBe(200);
    const notice = await owner.fetch(due.noticePdfUrl as string);
    expect(notice.status).toBe(200);
    const page = PNG.sync.read(firstPagePng(Buffer.from(await notice.arrayBuffer()), 200));
    const qr = jsqr.default(new Uint8ClampedArray(page.data), page.width, page.height);
    expect(qr?.data).toBe(`PAGOPA|002|${due.noticeNumber}|${due.creditorFiscalCode}|1600`);
  });

  it.each([
    ['answers 5xx', { unavailable: true }],
    ['does not answer in time', { delaySeconds: 5 }],
  ])(
    'should keep the request pending when GPD %s, then create exactly one position',
    async (_name, fault) => {
      const person = (await seedHousehold([{ relationshipCode: '01' }])).members[0];
      const session = await loginAs(person);
      await switches(fault);
      const answer = await requestCertificate(session, person.id);
      expect(answer.status).toBe(202);
      const body = (await answer.json()) as { payment: { id: string; noticeNumber: string | null } };
      expect(body.payment.noticeNumber).toBeNull();
      expect((await payments(session))[0]?.status).toBe('pending');
      await resetSwitches();
      const items = await waitFor(
        () => payments(session),
        (list) => list[0]?.status === 'due',
        40_000,
      );
      expect(items).toHaveLength(1);
      expect(items[0]?.status).toBe('due');
      const row = await testDb().query('SELECT iupd FROM payment_position WHERE id = $1', [body.payment.id]);
      const gpd = await fetch(`${GPD}/organizations/00000000000/debtpositions/${row.rows[0].iupd}`, {
        headers: { 'Ocp-Apim-Subscription-Key': 'sandbox-gpd-key' },
      });
      expect(gpd.status).toBe(200);
    },
  );

  it('should keep a position GPD refuses pending, with the reason for the office', async () => {
    const person = (await seedHousehold([{ relationshipCode: '01' }])).members[0];
    const session = await loginAs(person);
    await grantRoles(person.fiscalCode, ['registry']);
    await switches({ refuseCreates: 2, refuseStatus: 400 });
    const answer = await requestCertificate(session, person.id);
    expect(answer.status).toBe(202);
    const body = (await answer.json()) as {
      payment: { id: string; status: string; checkoutUrl: string | null };
    };
    expect(body.payment).toMatchObject({ status: 'pending', checkoutUrl: null });
    // A cold first call may time out instead: the retry then meets the refusal.
    const recorded = await waitFor(
      async () =>
        (await testDb().query('SELECT last_error FROM payment_position WHERE id = $1', [body.payment.id]))
          .rows[0]?.last_error as string | null,
      (error) => /answered 400/.test(error ?? ''),
    );
    expect(recorded).toMatch(/answered 400/);
    const staff = (await (await session.fetch('/api/staff/payments?status=pending')).json()) as {
      items: { id: string; lastError?: string }[];
    };
    expect(staff.items.find((item) => item.id === body.payment.id)?.lastError).toBe(recorded);
    expect((await payments(session)).find((item) => item.id === body.payment.id)?.status).toBe('pending');
    const notice = await session.fetch(`/api/payments/${body.payment.id}/notice.pdf`);
    expect(notice.status).toBe(409);
  });

  it('should mark a position expired when GPD expires it', async () => {
    const person = (await seedHousehold([{ relationshipCode: '01' }])).members[0];
    const session = await loginAs(person);
    const body = (await (await requestCertificate(session, person.id)).json()) as { payment: { id: string } };
    const row = await testDb().query('SELECT iupd FROM payment_position WHERE id = $1', [body.payment.id]);
    const expired = await fetch(`${SANDBOX}/_sandbox/expire/${row.rows[0].iupd}`, { method: 'POST' });
    expect(expired.status).toBe(200);
    const items = await waitFor(
      () => payments(session),
      (list) => list[0]?.status === 'expired',
    );
    expect(items[0]?.status).toBe('expired');
    expect(items[0]?.checkoutUrl).toBeUndefined();
  });

  it('should report a payment made on pagoPA that the portal has not recorded, then record it by polling', async () => {
    const person = (await seedHousehold([{ relationshipCode: '01' }])).members[0];
    const session = await loginAs(person);
    await grantRoles(person.fiscalCode, ['registry']);
    const body = (await (await requestCertificate(session, person.id)).json()) as {
      payment: { id: string; noticeNumber: string };
    };
    await switches({ receiptUrl: null });
    await fetch(`${SANDBOX}/_sandbox/pay/${body.payment.noticeNumber}`, { method: 'POST' });
    const report = (await (await session.fetch('/api/staff/payments/reconciliation')).json()) as {
      differences: { kind: string; paymentId?: string }[];
    };
    expect(report.differences).toContainEqual(
      expect.objectContaining({ kind: 'paid-in-gpd-not-in-portal', paymentId: body.payment.id }),
    );
    const staff = (await (
      await session.fetch('/api/staff/payments?kind=certificate-stamp&status=due')
    ).json()) as {
      items: { id: string }[];
      totals: { count: number };
    };
    expect(staff.items.map((item) => item.id)).toContain(body.payment.id);
    const items = await waitFor(
      () => payments(session),
      (list) => list[0]?.status === 'paid',
      90_000,
    );
    expect(items[0]?.status).toBe('paid');
  }, 120_000);

  it('should issue the IMU saldo as a pagoPA notice once, expose it on the year and record it paid', async () => {
    const clerk = await loginAs(newIdentity());
    await grantRoles(clerk.fiscalCode, ['taxes']);
    await putBaseRates(clerk, 2025);
    await putBaseRates(clerk, 2026);
    const owner = newIdentity();
    await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '750.00',
      address: 'Via Roma 12',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: '2026-12-31' }],
    });
    const session = await loginAs(owner);
    const year = (await (await session.fetch('/api/f24/imu/2026')).json()) as {
      saldo: { total: string; paymentId: string | null };
    };
    expect(year.saldo.paymentId).toBeNull();
    const ask = () =>
      session.fetch('/api/f24/imu/2026/payments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ instalment: 'saldo' }),
      });
    const first = await ask();
    expect(first.status).toBe(201);
    const payment = (await first.json()) as PaymentItem;
    expect(payment.kind).toBe('imu');
    expect(payment.amount).toBe(year.saldo.total);
    expect(payment.status).toBe('due');
    const second = await ask();
    expect(second.status).toBe(200);
    expect(((await second.json()) as PaymentItem).id).toBe(payment.id);
    const past = await session.fetch('/api/f24/imu/2026/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instalment: 'acconto' }),
    });
    expect(past.status).toBe(422);
    const after = (await (await session.fetch('/api/f24/imu/2026')).json()) as {
      saldo: { paymentId: string };
    };
    expect(after.saldo.paymentId).toBe(payment.id);
    await payAtCheckout(payment.checkoutUrl as string);
    const items = await waitFor(
      () => payments(session),
      (list) => list[0]?.status === 'paid',
    );
    expect(items[0]?.status).toBe('paid');
    const taxes = (await (await clerk.fetch('/api/staff/payments?status=paid')).json()) as {
      items: { id: string; kind: string }[];
    };
    expect(taxes.items.map((item) => item.id)).toContain(payment.id);
    expect(new Set(taxes.items.map((item) => item.kind))).toEqual(new Set(['imu']));
  });

  it('should charge the diritti di segreteria from the tariff to the titolare, shown as due, then paid', async () => {
    const officer = newIdentity();
    await grantRoles(officer.fiscalCode, ['permits']);
    const office = await loginAs(officer);
    const tariffs = await office.fetch('/api/staff/permits/fee-tariffs', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        tariffs: [{ practiceType: 'CILA', amount: '50.5', description: 'Diritti di segreteria CILA' }],
      }),
    });
    expect(tariffs.status).toBe(200);
    const applicant = newIdentity();
    const practice = await registerPractice(office, { parties: [practiceParty('applicant', applicant)] });
    const charge = await office.fetch(`/api/staff/permits/${practice.id}/charges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'diritti_segreteria' }),
    });
    expect(charge.status).toBe(201);
    const view = (await charge.json()) as { amount: string; status: string; paymentId: string };
    expect(view).toMatchObject({ amount: '50.50', status: 'due' });
    const resident = await loginAs(applicant);
    const seen = (await (await resident.fetch(`/api/permits/${practice.id}`)).json()) as {
      charges: { paymentId: string; status: string }[];
    };
    expect(seen.charges).toEqual([expect.objectContaining({ paymentId: view.paymentId, status: 'due' })]);
    const [payment] = await payments(resident);
    await payAtCheckout(payment?.checkoutUrl as string);
    const paid = await waitFor(
      async () =>
        (await (await resident.fetch(`/api/permits/${practice.id}`)).json()) as {
          charges: { status: string }[];
        },
      (practiceView) => practiceView.charges[0]?.status === 'paid',
    );
    expect(paid.charges[0]?.status).toBe('paid');
  });

  it('should refuse GPD-invalid and hostile values on the new write routes without a 500', async () => {
    const officer = newIdentity();
    await grantRoles(officer.fiscalCode, ['permits']);
    const office = await loginAs(officer);
    for (const body of [
      { tariffs: [{ practiceType: 'CILA', amount: '1e99', description: 'x\u0000y' }] },
      { tariffs: [{ practiceType: '__proto__', amount: null, description: null }] },
      { tariffs: [{ practiceType: 'CILA', amount: '0', description: 'Diritti' }] },
    ]) {
      const answer = await office.fetch('/api/staff/permits/fee-tariffs', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect([400, 422]).toContain(answer.status);
    }
    const bad = await resident.fetch('/api/f24/imu/2026/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instalment: '__proto__' }),
    });
    expect(bad.status).toBe(400);
  });
});
