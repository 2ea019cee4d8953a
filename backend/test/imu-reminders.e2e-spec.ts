import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { endOfRomeDay } from '../src/f24/reminders/imu-reminder.template.js';
import { reminderDueDate } from '../src/f24/reminders/imu-reminder-campaigns.js';
import { createProperty, putBaseRates, taxesClerk } from './f24-fixtures.js';
import { ioMessages, type SandboxIoMessage, withinIoLimits } from './support/app-io-sandbox.js';
import { testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { federationUrl } = inject('stack');

interface Campaign {
  id: string;
  status: string;
  total: number;
  reminded: number;
  nothingDue: number;
  failed: number;
  pending: number;
}

let clerk: TestSession;

beforeAll(async () => {
  clerk = await taxesClerk();
});

async function startCampaign(year: number, instalment: 'acconto' | 'saldo'): Promise<Campaign> {
  const response = await clerk.fetch('/api/staff/taxes/imu-reminders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ year, instalment }),
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return (await response.json()) as Campaign;
}

async function campaign(id: string): Promise<Campaign | undefined> {
  const list = (await (await clerk.fetch('/api/staff/taxes/imu-reminders')).json()) as Campaign[];
  return list.find((item) => item.id === id);
}

async function flat(year: number, owner: TestIdentity, mainResidence = false): Promise<void> {
  await createProperty(clerk, {
    kind: 'building',
    cadastralCategory: mainResidence ? 'A/3' : 'A/2',
    cadastralIncome: '650.00',
    owners: [
      {
        fiscalCode: owner.fiscalCode,
        sharePercent: '100',
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        mainResidence,
      },
    ],
  });
}

async function onIo(fiscalCode: string, count: number): Promise<SandboxIoMessage[]> {
  await expect
    .poll(
      async () =>
        (await ioMessages(federationUrl, fiscalCode)).filter((m) => m.status === 'PROCESSED').length,
      {
        timeout: 30_000,
      },
    )
    .toBe(count);
  return ioMessages(federationUrl, fiscalCode);
}

describe('IMU deadline reminders', () => {
  it('should remind every taxpayer with something due once, with amount and due date, even when started twice', async () => {
    // Only this test's taxpayers hold property in 2046.
    const YEAR = 2046;
    await putBaseRates(clerk, YEAR - 1);
    await putBaseRates(clerk, YEAR);
    const [portalUser, unknownToPortal, exempt] = Array.from({ length: 3 }, () => newIdentity());
    const address = `${portalUser.fiscalCode.toLowerCase()}.${randomInt(1e6)}@example.test`;
    await testDb().query(
      'INSERT INTO app_user (fiscal_code, given_name, family_name, email) VALUES ($1, $2, $3, $4)',
      [portalUser.fiscalCode, portalUser.givenName, portalUser.familyName, address],
    );
    await flat(YEAR, portalUser);
    await flat(YEAR, unknownToPortal);
    await flat(YEAR, exempt, true);

    const first = await startCampaign(YEAR, 'acconto');
    expect(first).toMatchObject({ total: 3 });
    await expect.poll(async () => (await campaign(first.id))?.status, { timeout: 30_000 }).toBe('done');
    expect(await campaign(first.id)).toMatchObject({
      total: 3,
      reminded: 2,
      nothingDue: 1,
      failed: 0,
      pending: 0,
    });

    const due = reminderDueDate(YEAR, 'first');
    for (const taxpayer of [portalUser, unknownToPortal]) {
      const [message] = await onIo(taxpayer.fiscalCode, 1);
      expect(withinIoLimits(message)).toBe(true);
      expect(message.sender_service_id).toBe('sandbox-service-tributi');
      expect(message.content.subject).toContain(`IMU ${YEAR}`);
      expect(new Date(message.content.due_date!).toISOString()).toBe(
        new Date(endOfRomeDay(due)).toISOString(),
      );
      expect(message.content.markdown).toMatch(/Importo dovuto\*\*: \d[\d.]*,\d\d €/);
      expect(message.content.payment_data).toBeUndefined();
    }
    expect(await ioMessages(federationUrl, exempt.fiscalCode)).toEqual([]);
    const { rows: mails } = await testDb().query(
      "SELECT status FROM notification_outbox WHERE channel = 'email' AND recipient = $1 AND kind = 'taxes.imu_reminder'",
      [address],
    );
    expect(mails).toHaveLength(1);

    const again = await startCampaign(YEAR, 'acconto');
    expect(again.id).toBe(first.id);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await ioMessages(federationUrl, portalUser.fiscalCode)).toHaveLength(1);
    expect(await ioMessages(federationUrl, unknownToPortal.fiscalCode)).toHaveLength(1);
  });

  it('should carry the pagoPA notice the taxpayer asked for, when it asks the amount the reminder states', async () => {
    // Only this test's taxpayers hold property in 2047.
    const YEAR = 2047;
    await putBaseRates(clerk, YEAR - 1);
    await putBaseRates(clerk, YEAR);
    const [withNotice, withoutNotice] = Array.from({ length: 2 }, () => newIdentity());
    await flat(YEAR, withNotice);
    await flat(YEAR, withoutNotice);
    const session = await loginAs(withNotice);
    const asked = await session.fetch(`/api/f24/imu/${YEAR}/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instalment: 'acconto' }),
    });
    expect(asked.status, await asked.clone().text()).toBe(201);
    const notice = (await asked.json()) as { noticeNumber: string; amount: string; status: string };
    expect(notice.status).toBe('due');

    const started = await startCampaign(YEAR, 'acconto');
    await expect.poll(async () => (await campaign(started.id))?.status, { timeout: 30_000 }).toBe('done');
    const [message] = await onIo(withNotice.fiscalCode, 1);
    expect(message.content.payment_data).toMatchObject({
      notice_number: notice.noticeNumber,
      amount: Math.round(Number(notice.amount) * 100),
    });
    const [other] = await onIo(withoutNotice.fiscalCode, 1);
    expect(other.content.payment_data).toBeUndefined();
  });

  it('should resume a campaign interrupted by a crash from the taxpayers left pending, reminding nobody twice', async () => {
    const YEAR = 2047;
    await putBaseRates(clerk, YEAR - 1);
    await putBaseRates(clerk, YEAR);
    const taxpayers = Array.from({ length: 4 }, () => newIdentity());
    for (const taxpayer of taxpayers) await flat(YEAR, taxpayer);
    // What a crash leaves: the campaign and its taxpayers, the first batch (one taxpayer) committed with its
    // message, the rest pending.
    const db = testDb();
    const {
      rows: [created],
    } = await db.query(
      "INSERT INTO imu_reminder_campaign (year, instalment, due_date) VALUES ($1, 'balance', $2) RETURNING id",
      [YEAR, reminderDueDate(YEAR, 'balance')],
    );
    await db.query(
      `INSERT INTO imu_reminder_recipient (campaign_id, taxpayer_fiscal_code, status)
       SELECT $1, fc, CASE WHEN fc = $3 THEN 'reminded' ELSE 'pending' END FROM unnest($2::text[]) AS fc`,
      [created.id, taxpayers.map((t) => t.fiscalCode), taxpayers[0].fiscalCode],
    );
    await expect
      .poll(async () => (await campaign(String(created.id)))?.status, { timeout: 30_000 })
      .toBe('done');
    expect(await campaign(String(created.id))).toMatchObject({ total: 4, reminded: 4, pending: 0 });
    for (const taxpayer of taxpayers.slice(1)) await onIo(taxpayer.fiscalCode, 1);
    expect(await ioMessages(federationUrl, taxpayers[0].fiscalCode)).toEqual([]);
    const restarted = await startCampaign(YEAR, 'saldo');
    expect(restarted.id).toBe(String(created.id));
  });

  it('should refuse a campaign for a year without rates and anyone outside the taxes office', async () => {
    const response = await clerk.fetch('/api/staff/taxes/imu-reminders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2093, instalment: 'saldo' }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'IMU_RATES_NOT_AVAILABLE' });
  });
});
