import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../src/common/calendar/civil-date.js';
import { isItalianNationalHoliday } from '../src/common/calendar/italian-holidays.js';
import { romeDay } from '../src/common/italian/rome-day.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { backendUrl, maildir } = inject('stack');
const REASON = 'Carta d’identità elettronica';

interface Slot {
  id: string;
  date: string;
  time: string;
  startsAt: string;
}

interface Problem {
  code: string;
  detail: string;
  field?: string;
}

function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** An office of its own for each test, open every day from 06:00 to 22:00 in 30-minute slots. */
async function createOffice(options: { capacity?: number; staffRole?: string } = {}): Promise<string> {
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '06:00', closes: '22:00' }));
  const rows = await testDb().query<{ id: string }>(
    `INSERT INTO appointment_office (name, address, reasons, weekly_hours, slot_minutes, capacity, staff_role)
     VALUES ($1, 'Piazza XXV Aprile 1', $2, $3, 30, $4, $5) RETURNING id`,
    [
      `Ufficio di prova ${Math.random()}`,
      JSON.stringify([REASON, 'Cambio di residenza']),
      JSON.stringify(hours),
      options.capacity ?? 1,
      options.staffRole ?? 'registry',
    ],
  );
  return rows.rows[0].id;
}

/** The first day after today that is not a national holiday: it always has slots in the offices above. */
function nextOpenDay(after = romeDay(new Date())): string {
  let day = addDays(after, 1);
  while (isItalianNationalHoliday(day)) day = addDays(day, 1);
  return day;
}

/**
 * The latest slot of the offices above that has already begun: earlier today, or yesterday's last one when the
 * suite runs before today's first slot (06:00 in Rome).
 */
function lastStartedSlot(office: string): string {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date())
    .split(':')
    .map(Number);
  const now = hours * 60 + minutes;
  const today = romeDay(new Date());
  if (now < 6 * 60) return `${office}.${addDays(today, -1)}T21:30`;
  const start = Math.min(Math.floor(now / 30) * 30, 21 * 60 + 30);
  const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
  return `${office}.${today}T${time}`;
}

async function freeSlots(office: string, from: string, to = from): Promise<Slot[]> {
  const response = await fetch(`${backendUrl}/api/appointments/slots?office=${office}&from=${from}&to=${to}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { items: Slot[] }).items;
}

async function resident(email?: string): Promise<TestSession> {
  const identity = newIdentity();
  return loginAs({ ...identity, email });
}

async function book(session: TestSession, slotId: string, extra: Record<string, unknown> = {}) {
  return session.fetch('/api/appointments', json({ slotId, reason: REASON, ...extra }));
}

async function bookedId(session: TestSession, slotId: string, extra: Record<string, unknown> = {}) {
  const response = await book(session, slotId, extra);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  return (await response.json()) as Problem;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The `text/calendar` part of a stored e-mail, decoded. */
function calendarPart(mail: string): string | undefined {
  const match =
    /Content-Type: text\/calendar[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n((?:[^\r\n]+\r\n)*)\r\n([\s\S]*?)\r\n--/i.exec(
      mail,
    );
  if (!match) return undefined;
  const encoding = /Content-Transfer-Encoding: ([\w-]+)/i.exec(match[1])?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(match[2].replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      match[2]
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  return match[2];
}

/** Unfolds an iCalendar text and reads its VEVENT's properties (and METHOD). */
function parseIcs(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const properties = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) properties.set(line.slice(0, colon).split(';')[0], line.slice(colon + 1));
  }
  return properties;
}

/** The decoded Subject header (RFC 2047 encoded words, folded lines). */
function subjectOf(mail: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(mail)?.[1] ?? '';
  return header
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

async function mailsTo(address: string): Promise<string[]> {
  const files = await readdir(maildir);
  const mails = await Promise.all(files.map((file) => readFile(path.join(maildir, file), 'utf8')));
  return mails.filter((mail) => mail.startsWith(`X-Envelope-To: ${address}`));
}

describe('appointment booking', () => {
  it('should show offices and free slots without login and ask for login to book', async () => {
    const office = await createOffice();
    const offices = await fetch(`${backendUrl}/api/appointments/offices`);
    expect(offices.status).toBe(200);
    const listed = ((await offices.json()) as { items: { id: string; reasons: string[] }[] }).items;
    expect(listed.find((item) => item.id === office)?.reasons).toContain(REASON);

    const slots = await freeSlots(office, nextOpenDay());
    expect(slots.length).toBe(32);
    expect(slots[0].time).toBe('06:00');
    const anonymous = await fetch(
      `${backendUrl}/api/appointments`,
      json({ slotId: slots[0].id, reason: REASON }),
    );
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${backendUrl}/api/appointments`)).status).toBe(401);
  });

  it('should answer 400 problems for ranges that are reversed, too long or not dates, and 404 for unknown offices', async () => {
    const office = await createOffice();
    const day = nextOpenDay();
    const ask = (query: string) => fetch(`${backendUrl}/api/appointments/slots?office=${office}&${query}`);
    expect((await problem(await ask(`from=${day}&to=${addDays(day, 31)}`), 400)).field).toBe('to');
    expect((await problem(await ask(`from=${day}&to=${addDays(day, -1)}`), 400)).code).toBe(
      'APPOINTMENT_RANGE_INVALID',
    );
    expect((await problem(await ask(`from=2026-02-30&to=2026-03-01`), 400)).field).toBe('from');
    expect((await ask(`from=${day}&to=${addDays(day, 30)}`)).status).toBe(200);
    const unknown = await fetch(
      `${backendUrl}/api/appointments/slots?office=00000000-0000-4000-8000-000000000000&from=${day}&to=${day}`,
    );
    expect((await problem(unknown, 404)).code).toBe('APPOINTMENT_OFFICE_NOT_FOUND');
  });

  it('should give one slot to exactly one of 20 residents booking it at the same time', async () => {
    const office = await createOffice();
    const [slot] = await freeSlots(office, nextOpenDay());
    const residents = await Promise.all(Array.from({ length: 20 }, () => resident()));
    const responses = await Promise.all(residents.map((session) => book(session, slot.id)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(((await response.json()) as Problem).code).toBe('APPOINTMENT_SLOT_TAKEN');
    }
    const rows = await testDb().query(
      "SELECT count(*)::int AS count FROM appointment WHERE office_id = $1 AND status = 'booked'",
      [office],
    );
    expect(rows.rows[0].count).toBe(1);
    expect((await freeSlots(office, slot.date)).map((free) => free.id)).not.toContain(slot.id);
  });

  it('should fill every seat of a slot with capacity 2 and refuse the third resident', async () => {
    const office = await createOffice({ capacity: 2 });
    const [slot] = await freeSlots(office, nextOpenDay());
    const residents = await Promise.all(Array.from({ length: 6 }, () => resident()));
    const responses = await Promise.all(residents.map((session) => book(session, slot.id)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
  });

  it('should free the slot on cancellation, and let nobody else cancel it', async () => {
    const office = await createOffice();
    const [slot] = await freeSlots(office, nextOpenDay());
    const owner = await resident();
    const id = await bookedId(owner, slot.id);
    expect((await freeSlots(office, slot.date)).map((free) => free.id)).not.toContain(slot.id);

    const stranger = await resident();
    expect(
      (await problem(await stranger.fetch(`/api/appointments/${id}`, { method: 'DELETE' }), 404)).code,
    ).toBe('APPOINTMENT_NOT_FOUND');
    expect((await stranger.fetch(`/api/appointments/${id}`)).status).toBe(404);

    expect((await owner.fetch(`/api/appointments/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await freeSlots(office, slot.date)).map((free) => free.id)).toContain(slot.id);
    expect(
      (await problem(await owner.fetch(`/api/appointments/${id}`, { method: 'DELETE' }), 409)).code,
    ).toBe('APPOINTMENT_ALREADY_PAST');
    const mine = (await (await owner.fetch('/api/appointments')).json()) as {
      items: { id: string; status: string }[];
    };
    expect(mine.items).toEqual([expect.objectContaining({ id, status: 'cancelled' })]);
    // The slot can be booked again by someone else.
    expect((await book(stranger, slot.id)).status).toBe(201);
  });

  it('should move atomically: a taken target keeps the old slot, a free one releases it', async () => {
    const office = await createOffice();
    const [first, second, third] = await freeSlots(office, nextOpenDay());
    const a = await resident();
    const b = await resident();
    const id = await bookedId(a, first.id);
    await bookedId(b, second.id);

    const clash = await a.fetch(`/api/appointments/${id}`, json({ slotId: second.id }, 'PATCH'));
    expect((await problem(clash, 409)).code).toBe('APPOINTMENT_SLOT_TAKEN');
    let free = (await freeSlots(office, first.date)).map((slot) => slot.id);
    expect(free).not.toContain(first.id);
    expect(free).not.toContain(second.id);

    const moved = await a.fetch(`/api/appointments/${id}`, json({ slotId: third.id }, 'PATCH'));
    expect(moved.status, await moved.clone().text()).toBe(200);
    expect(((await moved.json()) as { time: string }).time).toBe(third.time);
    free = (await freeSlots(office, first.date)).map((slot) => slot.id);
    expect(free).toContain(first.id);
    expect(free).not.toContain(third.id);
  });

  it('should refuse past slots, times off the grid and reasons the office does not offer', async () => {
    const office = await createOffice();
    const session = await resident();
    const today = romeDay(new Date());
    const past = await book(session, `${office}.${addDays(today, -1)}T10:00`);
    expect((await problem(past, 422)).code).toBe('APPOINTMENT_SLOT_NOT_AVAILABLE');
    expect((await problem(await book(session, lastStartedSlot(office)), 422)).field).toBe('slotId');
    expect((await problem(await book(session, `${office}.${nextOpenDay()}T06:10`), 422)).field).toBe(
      'slotId',
    );
    expect((await problem(await book(session, 'not-a-slot'), 422)).field).toBe('slotId');
    const [slot] = await freeSlots(office, nextOpenDay());
    const wrongReason = await session.fetch('/api/appointments', json({ slotId: slot.id, reason: 'Altro' }));
    expect((await problem(wrongReason, 422)).field).toBe('reason');
  });

  it('should hold at most three upcoming appointments per resident', async () => {
    const office = await createOffice();
    const slots = await freeSlots(office, nextOpenDay());
    const session = await resident();
    for (const slot of slots.slice(0, 3)) await bookedId(session, slot.id);
    expect((await problem(await book(session, slots[3].id), 409)).code).toBe('APPOINTMENT_LIMIT_REACHED');
  });

  it('should let the office close a day, removing its slots, and show the clerk the agenda', async () => {
    const office = await createOffice();
    const day = nextOpenDay();
    const later = nextOpenDay(day);
    const [slot] = await freeSlots(office, day);
    const person = await resident();
    await bookedId(person, slot.id);

    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['registry']);
    const registry = await loginAs(clerk);
    const other = newIdentity();
    await grantRoles(other.fiscalCode, ['permits']);
    const permits = await loginAs(other);

    const closure = { date: later, reason: 'Chiusura straordinaria per elezioni' };
    const refused = await permits.fetch(`/api/staff/appointments/offices/${office}/closures`, json(closure));
    expect((await problem(refused, 404)).code).toBe('APPOINTMENT_OFFICE_NOT_FOUND');
    expect((await person.fetch(`/api/staff/appointments?office=${office}&date=${day}`)).status).toBe(403);

    const added = await registry.fetch(`/api/staff/appointments/offices/${office}/closures`, json(closure));
    expect(added.status, await added.clone().text()).toBe(201);
    expect(await freeSlots(office, later)).toEqual([]);
    expect((await problem(await book(person, `${office}.${later}T10:00`), 422)).code).toBe(
      'APPOINTMENT_SLOT_NOT_AVAILABLE',
    );
    const again = await registry.fetch(`/api/staff/appointments/offices/${office}/closures`, json(closure));
    expect((await problem(again, 409)).code).toBe('APPOINTMENT_CLOSURE_EXISTS');

    const agenda = await registry.fetch(`/api/staff/appointments?office=${office}&date=${day}`);
    expect(agenda.status).toBe(200);
    const view = (await agenda.json()) as { items: { fiscalCode: string; time: string }[] };
    expect(view.items).toEqual([expect.objectContaining({ fiscalCode: person.fiscalCode, time: slot.time })]);
    const audited = await testDb().query(
      "SELECT count(*)::int AS count FROM audit_event WHERE action = 'appointments.agenda.read' AND subject_fiscal_code = $1",
      [person.fiscalCode],
    );
    expect(audited.rows[0].count).toBe(1);
    const changes = await testDb().query(
      "SELECT count(*)::int AS count FROM audit_event WHERE action = 'appointments.office.closure_added' AND resource_id = $1",
      [office],
    );
    expect(changes.rows[0].count).toBe(1);
  });

  it('should change the hours and slot length, refusing overlapping periods', async () => {
    const office = await createOffice();
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['admin']);
    const admin = await loginAs(clerk);
    const overlapping = {
      hours: [
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ],
      slotMinutes: 20,
      capacity: 1,
    };
    const refused = await admin.fetch(
      `/api/staff/appointments/offices/${office}/hours`,
      json(overlapping, 'PUT'),
    );
    expect((await problem(refused, 422)).code).toBe('APPOINTMENT_HOURS_INVALID');
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '09:00', closes: '10:00' }));
    const saved = await admin.fetch(
      `/api/staff/appointments/offices/${office}/hours`,
      json({ hours, slotMinutes: 20, capacity: 1 }, 'PUT'),
    );
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect((await freeSlots(office, nextOpenDay())).map((slot) => slot.time)).toEqual([
      '09:00',
      '09:20',
      '09:40',
    ]);
  });

  it('should e-mail the confirmation with an .ics file and a cancellation with the same UID', async () => {
    const office = await createOffice();
    const [slot] = await freeSlots(office, nextOpenDay());
    const email = `prenota-${Date.now()}@example.it`;
    const session = await resident();
    const id = await bookedId(session, slot.id, { email });

    const confirmation = await waitFor(async () => (await mailsTo(email))[0]);
    expect(subjectOf(confirmation)).toMatch(/^Appuntamento confermato: Ufficio di prova/);
    const ics = parseIcs(calendarPart(confirmation)!);
    expect(ics.get('METHOD')).toBe('REQUEST');
    expect(ics.get('UID')).toMatch(new RegExp(`^appointment-${id}@`));
    expect(ics.get('DTSTART')).toBe(slot.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));

    const download = await session.fetch(`/api/appointments/${id}/calendar`);
    expect(download.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(parseIcs(await download.text()).get('UID')).toBe(ics.get('UID'));

    expect((await session.fetch(`/api/appointments/${id}`, { method: 'DELETE' })).status).toBe(204);
    const cancellation = await waitFor(async () => {
      const mails = await mailsTo(email);
      return mails.find((mail) => subjectOf(mail).startsWith('Appuntamento annullato'));
    });
    const cancelled = parseIcs(calendarPart(cancellation)!);
    expect(cancelled.get('METHOD')).toBe('CANCEL');
    expect(cancelled.get('UID')).toBe(ics.get('UID'));
    expect(Number(cancelled.get('SEQUENCE'))).toBeGreaterThan(Number(ics.get('SEQUENCE') ?? 0));
  });

  it('should remind an appointment of tomorrow once, however often the job runs', async () => {
    const office = await createOffice();
    const who = newIdentity();
    const tomorrow = addDays(romeDay(new Date()), 1);
    // Written as the booking would, whatever day tomorrow is (the job does not care about holidays).
    const rows = await testDb().query<{ id: string }>(
      `INSERT INTO appointment (office_id, starts_at, ends_at, fiscal_code, given_name, family_name, email, reason)
       VALUES ($1, ($2::date + time '10:00') AT TIME ZONE 'Europe/Rome', ($2::date + time '10:30') AT TIME ZONE 'Europe/Rome',
               $3, $4, $5, $6, $7) RETURNING id`,
      [office, tomorrow, who.fiscalCode, who.givenName, who.familyName, 'promemoria@example.it', REASON],
    );
    const id = rows.rows[0].id;
    const count = async () =>
      (
        await testDb().query(
          "SELECT count(*)::int AS count FROM notification_outbox WHERE kind = 'appointments.reminder' AND resource_id = $1",
          [id],
        )
      ).rows[0].count as number;
    await waitFor(async () => ((await count()) === 1 ? true : undefined));
    // Several more rounds of the job (every 500 ms in the test stack).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await count()).toBe(1);
  });
});
