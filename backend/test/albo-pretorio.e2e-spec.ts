import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../src/common/calendar/civil-date.js';
import { romeDay } from '../src/common/italian/rome-day.js';
import type { DemoPractice } from '../src/demo/permits/demo-practice-generator.js';
import { insertPractices } from '../src/demo/permits/practice-rows.js';
import type { AlboArchivePageView, AlboEntryView } from '../src/permits/albo/albo-views.js';
import type { PracticeActor, PracticeTransition } from '../src/permits/domain/practice.js';
import { applyTransition, startPractice } from '../src/permits/domain/practice-state-machine.js';
import { officeDeadline } from '../src/permits/office-deadline.js';
import { testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';

const { backendUrl } = inject('stack');
const today = romeDay(new Date());
const staff: PracticeActor = { id: 'RSSMRA80A01I914X', role: 'permits', name: 'Ufficio tecnico' };

/** A PdC submitted 90 days before the grant and granted `grantedDaysAgo` days ago, stored as the seeder does. */
async function grantedPermit(grantedDaysAgo: number, street: string) {
  const applicant = newIdentity();
  const at = (days: number) => new Date(`${addDays(today, -days)}T10:00:00Z`);
  const decisionDate = addDays(today, -grantedDaysAgo);
  const decisionNumber = `PdC ${randomInt(1, 1e6)}/${decisionDate.slice(0, 4)}`;
  let timeline: PracticeTransition[] = [startPractice('PDC', staff, at(grantedDaysAgo + 60)).transition];
  const steps = [
    {
      to: 'assigned' as const,
      days: grantedDaysAgo + 55,
      caseOfficer: { id: 'RSSMRA80A01I914X', name: 'Ufficio' },
    },
    { to: 'under_review' as const, days: grantedDaysAgo + 50 },
    {
      to: 'granted' as const,
      days: grantedDaysAgo,
      decision: { number: decisionNumber, date: decisionDate, outcome: 'granted' as const },
    },
  ];
  for (const { to, days, ...request } of steps) {
    const practice = { type: 'PDC' as const, timeline, constraints: 'none' as const };
    timeline = [...timeline, applyTransition(practice, { to, ...request }, staff, at(days)).transition];
  }
  const practice: DemoPractice = {
    id: randomUUID(),
    type: 'PDC',
    protocolNumber: `${randomInt(1, 1e9)}/${today.slice(0, 4)}`,
    protocolDate: addDays(today, -(grantedDaysAgo + 60)),
    address: `${street} ${randomInt(1, 99)}`,
    cadastral: { sheet: '3', parcel: '44', subaltern: null },
    description: 'Nuova costruzione di un edificio residenziale',
    constraints: 'none',
    doubledTerms: false,
    parties: [
      {
        role: 'applicant',
        fiscalCode: applicant.fiscalCode,
        givenName: applicant.givenName,
        familyName: applicant.familyName,
        email: 'a@example.test',
      },
    ],
    timeline,
    state: 'granted',
    caseOfficer: { fiscalCode: 'RSSMRA80A01I914X', name: 'Ufficio' },
    officeDeadline: officeDeadline({ type: 'PDC', timeline, constraints: 'none' }, new Date()),
  };
  await insertPractices(testDb(), [practice]);
  return { practice, applicant, decisionNumber, decisionDate };
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text) as T;
}

describe('albo pretorio (art. 20 c. 6 D.P.R. 380/2001)', () => {
  it('should publish a permit granted 3 days ago for 15 days, with no codice fiscale, to anyone', async () => {
    const street = `Via Albo ${randomInt(1e6)}`;
    const recent = await grantedPermit(3, street);
    const old = await grantedPermit(40, street);
    const board = await getJson<AlboEntryView[]>('/api/public/albo-pretorio');
    const entry = board.find((item) => item.id === recent.practice.id);
    expect(entry).toMatchObject({
      number: recent.decisionNumber,
      date: recent.decisionDate,
      holder: `${recent.applicant.givenName} ${recent.applicant.familyName}`,
      location: recent.practice.address,
      publishedUntil: addDays(recent.decisionDate, 14),
      onNoticeBoard: true,
    });
    expect(JSON.stringify(board)).not.toContain(recent.applicant.fiscalCode);
    expect(board.some((item) => item.id === old.practice.id)).toBe(false);

    const archive = await getJson<AlboArchivePageView>(
      `/api/public/albo-pretorio/archivio?address=${encodeURIComponent(street.toLowerCase())}`,
    );
    expect(archive.items.map((item) => item.id).sort()).toEqual([recent.practice.id, old.practice.id].sort());
    expect(archive.items.find((item) => item.id === old.practice.id)?.onNoticeBoard).toBe(false);
    const otherYear = Number(old.decisionDate.slice(0, 4)) - 1;
    const none = await getJson<AlboArchivePageView>(
      `/api/public/albo-pretorio/archivio?address=${encodeURIComponent(street)}&year=${otherYear}`,
    );
    expect(none.total).toBe(0);
  });

  it('should refuse a year out of range naming it', async () => {
    const response = await fetch(`${backendUrl}/api/public/albo-pretorio/archivio?year=1e99`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('year');
  });
});
