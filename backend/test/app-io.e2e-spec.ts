import { randomInt } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../src/common/calendar/civil-date.js';
import { romeDay } from '../src/common/italian/rome-day.js';
import { ioMessages, ioSwitches, type SandboxIoMessage, withinIoLimits } from './support/app-io-sandbox.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { practiceParty, registerPractice } from './support/permit-factories.js';
import { seedHousehold } from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { federationUrl } = inject('stack');
const today = romeDay(new Date());

function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function ok<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function staff(roles: ('registry' | 'permits' | 'taxes' | 'admin')[]): Promise<TestSession> {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, roles);
  return loginAs(identity);
}

function email(identity: TestIdentity): string {
  return `${identity.fiscalCode.toLowerCase()}.${randomInt(1e6)}@example.test`;
}

/** Registers a CILA for `applicant` (the first message) and moves it once (the second). */
async function practiceFor(clerk: TestSession, applicant: TestIdentity, address: string): Promise<string> {
  const practice = await registerPractice(clerk, {
    description: 'Ampliamento di un edificio residenziale',
    parties: [practiceParty('applicant', applicant, address)],
  });
  await ok(
    await clerk.fetch(
      `/api/staff/permits/${practice.id}/transitions`,
      json({ to: 'under_check', expectedVersion: 1 }),
    ),
  );
  return practice.id;
}

async function outboxOf(fiscalCode: string) {
  const { rows } = await testDb().query<{
    channel: string;
    kind: string;
    status: string;
    last_error: string | null;
    external_status: string | null;
    external_id: string | null;
  }>(
    `SELECT channel, kind, status, last_error, external_status, external_id FROM notification_outbox
      WHERE recipient_fiscal_code = $1 ORDER BY id`,
    [fiscalCode],
  );
  return rows;
}

async function processedOnIo(fiscalCode: string, count: number): Promise<SandboxIoMessage[]> {
  await expect
    .poll(
      async () =>
        (await ioMessages(federationUrl, fiscalCode)).filter((m) => m.status === 'PROCESSED').length,
      {
        timeout: 20_000,
      },
    )
    .toBe(count);
  return ioMessages(federationUrl, fiscalCode);
}

describe('App IO channel', () => {
  it('should send each practice change to the resident on App IO within IO limits, and show staff both channels', async () => {
    const clerk = await staff(['permits']);
    const applicant = newIdentity();
    const id = await practiceFor(clerk, applicant, email(applicant));

    const messages = await processedOnIo(applicant.fiscalCode, 2);
    for (const message of messages) {
      expect(withinIoLimits(message), JSON.stringify(message.content)).toBe(true);
      expect(message.sender_service_id).toBe('sandbox-service-edilizia');
      expect(message.content.markdown).toContain(`/pratiche/${id}`);
    }
    expect(messages.map((message) => message.content.subject).join(' ')).toMatch(/CILA|pratica/i);
    await expect
      .poll(
        async () =>
          (await outboxOf(applicant.fiscalCode)).map((row) => `${row.channel}:${row.status}`).sort(),
        {
          timeout: 20_000,
        },
      )
      .toEqual(['app_io:sent', 'app_io:sent', 'email:sent', 'email:sent']);
    const ioRows = (await outboxOf(applicant.fiscalCode)).filter((row) => row.channel === 'app_io');
    expect(ioRows.map((row) => row.external_status)).toEqual(['PROCESSED', 'PROCESSED']);

    const view = await ok<{
      items: { recipientFiscalCode: string; kind: string; channels: { channel: string; status: string }[] }[];
    }>(await clerk.fetch('/api/staff/notifications?pageSize=100'));
    const mine = view.items.filter((item) => item.recipientFiscalCode === applicant.fiscalCode);
    expect(mine).toHaveLength(2);
    for (const item of mine) {
      expect(item.channels.map((channel) => `${channel.channel}:${channel.status}`).sort()).toEqual([
        'app_io:sent',
        'email:sent',
      ]);
    }
    const registry = await staff(['registry']);
    const theirs = await ok<{ items: { recipientFiscalCode: string }[] }>(
      await registry.fetch('/api/staff/notifications?pageSize=100'),
    );
    expect(theirs.items.some((item) => item.recipientFiscalCode === applicant.fiscalCode)).toBe(false);
    const resident = await loginAs(applicant);
    expect((await resident.fetch('/api/staff/notifications')).status).toBe(403);
  });

  it('should follow the resident’s choices: App IO off sends no IO message, e-mail off sends no e-mail', async () => {
    const clerk = await staff(['permits']);
    const applicant = newIdentity();
    const resident = await loginAs(applicant);
    const defaults = await ok<{
      topics: { topic: string; email: boolean; appIo: boolean; appIoAvailable: boolean }[];
    }>(await resident.fetch('/api/me/notification-preferences'));
    expect(defaults.topics).toContainEqual({
      topic: 'permits',
      email: true,
      appIo: true,
      appIoAvailable: true,
    });
    expect(defaults.topics.map((topic) => topic.topic)).toEqual([
      'permits',
      'certificates',
      'registry',
      'taxes',
      'documents',
    ]);
    await ok(
      await resident.fetch(
        '/api/me/notification-preferences',
        json({ topics: [{ topic: 'permits', email: true, appIo: false }] }, 'PUT'),
      ),
    );
    await practiceFor(clerk, applicant, email(applicant));
    await expect
      .poll(async () => (await outboxOf(applicant.fiscalCode)).map((row) => `${row.channel}:${row.status}`), {
        timeout: 20_000,
      })
      .toEqual(['email:sent', 'email:sent']);
    expect(await ioMessages(federationUrl, applicant.fiscalCode)).toEqual([]);

    const saved = await ok<{ topics: { topic: string; email: boolean; appIo: boolean }[] }>(
      await resident.fetch(
        '/api/me/notification-preferences',
        json({ topics: [{ topic: 'permits', email: false, appIo: true }] }, 'PUT'),
      ),
    );
    expect(saved.topics[0]).toMatchObject({ topic: 'permits', email: false, appIo: true });
    await practiceFor(clerk, applicant, email(applicant));
    await processedOnIo(applicant.fiscalCode, 2);
    expect((await outboxOf(applicant.fiscalCode)).filter((row) => row.channel === 'email')).toHaveLength(2);
    const { rows } = await testDb().query(
      "SELECT 1 FROM audit_event WHERE action = 'notifications.preferences.update' AND subject_fiscal_code = $1",
      [applicant.fiscalCode],
    );
    expect(rows).toHaveLength(2);
  });

  it('should refuse a repeated or unknown topic and a choice that is not a boolean, naming the field', async () => {
    const resident = await loginAs(newIdentity());
    const put = (body: unknown) => resident.fetch('/api/me/notification-preferences', json(body, 'PUT'));
    const repeated = await put({
      topics: [
        { topic: 'taxes', email: true, appIo: true },
        { topic: 'taxes', email: false, appIo: true },
      ],
    });
    expect(repeated.status).toBe(400);
    expect(await repeated.json()).toMatchObject({
      code: 'NOTIFICATION_TOPIC_REPEATED',
      field: 'topics.1.topic',
    });
    expect((await put({ topics: [{ topic: 'lottery', email: true, appIo: true }] })).status).toBe(400);
    expect((await put({ topics: [{ topic: 'taxes', email: 'yes', appIo: true }] })).status).toBe(400);
    expect((await put({ topics: [] })).status).toBe(400);
  });

  it('should record a resident not on App IO as skipped with the reason, not as an error, and still e-mail', async () => {
    const clerk = await staff(['permits']);
    const applicant = newIdentity();
    await ioSwitches(federationUrl, { citizens: { [applicant.fiscalCode]: { onIo: false } } });
    await practiceFor(clerk, applicant, email(applicant));
    await expect
      .poll(
        async () =>
          (await outboxOf(applicant.fiscalCode)).map((row) => `${row.channel}:${row.status}`).sort(),
        {
          timeout: 20_000,
        },
      )
      .toEqual(['app_io:skipped', 'app_io:skipped', 'email:sent', 'email:sent']);
    for (const row of (await outboxOf(applicant.fiscalCode)).filter((row) => row.channel === 'app_io')) {
      expect(row).toMatchObject({ external_status: 'NOT_ON_IO', last_error: 'Il cittadino non usa App IO' });
    }
    const view = await ok<{
      items: { recipientFiscalCode: string; channels: { status: string; lastError: string }[] }[];
    }>(await clerk.fetch('/api/staff/notifications?status=skipped&pageSize=100'));
    const mine = view.items.filter((item) => item.recipientFiscalCode === applicant.fiscalCode);
    expect(mine).toHaveLength(2);
    expect(mine[0].channels).toContainEqual(
      expect.objectContaining({ status: 'skipped', lastError: 'Il cittadino non usa App IO' }),
    );
  });

  it('should send the certificate-issued receipt and the rettifica answer on App IO', async () => {
    const household = await seedHousehold([{ relationshipCode: '01', maritalStatus: 'single' }]);
    const [head] = household.members;
    const session = await loginAs(head);
    const issued = await session.fetch(
      '/api/certificates',
      json({ type: 'residence', subjectId: head.id, stampDuty: { exemption: 'pension' } }),
    );
    expect(issued.status, await issued.clone().text()).toBe(201);
    const [receipt] = await processedOnIo(head.fiscalCode, 1);
    expect(withinIoLimits(receipt)).toBe(true);
    expect(receipt.sender_service_id).toBe('sandbox-service-anagrafe');
    expect(receipt.content.markdown).toMatch(/certificat/i);

    const form = new FormData();
    form.set('field', 'birth_place');
    form.set('currentValue', "Spino d'Adda");
    form.set('requestedValue', 'Crema');
    form.set('reason', 'Sono nato all’ospedale di Crema, come da atto di nascita.');
    const created = await session.fetch('/api/registry/me/corrections', { method: 'POST', body: form });
    expect(created.status, await created.clone().text()).toBe(201);
    const request = (await created.json()) as { id: string };
    const clerk = await staff(['registry']);
    const answered = await clerk.fetch(
      `/api/staff/registry/corrections/${request.id}/answer`,
      json({ outcome: 'accepted', answer: 'Luogo di nascita corretto in Crema.', version: 1 }),
    );
    expect(answered.status, await answered.clone().text()).toBe(200);
    const messages = await processedOnIo(head.fiscalCode, 2);
    expect(messages[0].content.markdown).toContain('Luogo di nascita corretto in Crema.');
    expect(messages.every(withinIoLimits)).toBe(true);
  });

  it('should tell a resident once that their identity card expires, on App IO with the expiry as due date', async () => {
    const expiresOn = addDays(today, 30);
    const household = await seedHousehold([
      {
        relationshipCode: '01',
        document: { kind: 'cie', number: `CA${randomInt(1e5, 1e6)}AB`, issuedOn: '2017-01-10', expiresOn },
      },
    ]);
    const [head] = household.members;
    const clerk = await staff(['registry']);
    const run = await ok<{ reminded: number }>(
      await clerk.fetch('/api/staff/registry/identity-card-reminders', { method: 'POST' }),
    );
    expect(run.reminded).toBeGreaterThanOrEqual(1);
    const [message] = await processedOnIo(head.fiscalCode, 1);
    expect(withinIoLimits(message)).toBe(true);
    expect(message.content.subject).toContain("carta d'identità scade");
    expect(message.content.due_date?.slice(0, 10)).toBe(expiresOn);
    await ok(await clerk.fetch('/api/staff/registry/identity-card-reminders', { method: 'POST' }));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await ioMessages(federationUrl, head.fiscalCode)).toHaveLength(1);
    const resident = await loginAs(head);
    expect(
      (await resident.fetch('/api/staff/registry/identity-card-reminders', { method: 'POST' })).status,
    ).toBe(403);
  });

  it('should show staff a message IO failed to deliver, with the reason', async () => {
    const clerk = await staff(['permits']);
    const applicant = newIdentity();
    await ioSwitches(federationUrl, { citizens: { [applicant.fiscalCode]: { outcome: 'FAILED' } } });
    await practiceFor(clerk, applicant, email(applicant));
    await expect
      .poll(
        async () => {
          const view = await ok<{
            items: {
              recipientFiscalCode: string;
              channels: { channel: string; status: string; lastError: string | null }[];
            }[];
          }>(await clerk.fetch('/api/staff/notifications?status=failed&pageSize=100'));
          return view.items
            .filter((item) => item.recipientFiscalCode === applicant.fiscalCode)
            .flatMap((item) => item.channels.filter((channel) => channel.channel === 'app_io'));
        },
        { timeout: 20_000 },
      )
      .toEqual([
        expect.objectContaining({ status: 'failed', lastError: expect.stringContaining('FAILED') }),
        expect.objectContaining({ status: 'failed', lastError: expect.stringContaining('FAILED') }),
      ]);
  });
});
