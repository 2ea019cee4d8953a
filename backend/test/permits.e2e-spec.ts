import { randomInt, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../src/common/calendar/civil-date.js';
import { romeDay } from '../src/common/italian/rome-day.js';
import type { DemoPractice } from '../src/demo/permits/demo-practice-generator.js';
import { insertPractices } from '../src/demo/permits/practice-rows.js';
import { NATIONAL_HOLIDAYS, termEnd } from '../src/permits/domain/legal-calendar.js';
import type { PracticeActor, PracticeTransition } from '../src/permits/domain/practice.js';
import type { PracticeState } from '../src/permits/domain/practice-state.js';
import {
  applyTransition,
  startPractice,
  type TransitionRequest,
} from '../src/permits/domain/practice-state-machine.js';
import type { PracticeType } from '../src/permits/domain/practice-type.js';
import { officeDeadline } from '../src/permits/office-deadline.js';
import type { PartyRole } from '../src/permits/persistence/practice-party.entity.js';
import type {
  QueuePageView,
  ResidentPracticeListView,
  ResidentPracticeView,
  StaffPracticeView,
} from '../src/permits/views/practice-views.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { seedHousehold } from './support/registry-factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { maildir, tmpDir } = inject('stack');
const today = romeDay(new Date());
const OFFICE_EMAIL = 'info@comune.spinodadda.cr.it';
const MAX_UPLOAD = 10_485_760;

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1a5520000000049454e44ae426082',
  'hex',
);

interface Person extends TestIdentity {
  email: string;
}

interface Problem {
  code: string;
  detail: string;
  field?: string;
  allowed?: string[];
  currentVersion?: number;
}

function person(): Person {
  const identity = newIdentity();
  return { ...identity, email: `${identity.fiscalCode.toLowerCase()}.${randomInt(1e6)}@example.test` };
}

async function clerk(): Promise<{ identity: TestIdentity; session: TestSession }> {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, ['permits']);
  return { identity, session: await loginAs(identity) };
}

function wrongCheckCharacter(fiscalCode: string): string {
  return fiscalCode.slice(0, 15) + (fiscalCode.endsWith('A') ? 'B' : 'A');
}

function daysAgo(days: number): string {
  return addDays(today, -days);
}

function protocolNumber(): string {
  return `${randomInt(1, 1e9)}/${today.slice(0, 4)}`;
}

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function ok<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function problem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return JSON.parse(text) as Problem;
}

interface Parties {
  applicant: Person;
  technician?: Person;
  coApplicants?: Person[];
}

function partyRows(parties: Parties) {
  const row = (role: PartyRole, who: Person) => ({
    role,
    fiscalCode: who.fiscalCode,
    givenName: who.givenName,
    familyName: who.familyName,
    email: who.email,
  });
  return [
    row('applicant', parties.applicant),
    ...(parties.coApplicants ?? []).map((who) => row('co_applicant', who)),
    ...(parties.technician ? [row('technician', parties.technician)] : []),
  ];
}

async function register(
  staff: TestSession,
  type: PracticeType,
  parties: Parties,
  overrides: Record<string, unknown> = {},
): Promise<StaffPracticeView> {
  return ok<StaffPracticeView>(
    await staff.fetch(
      '/api/staff/permits',
      json({
        type,
        protocolNumber: protocolNumber(),
        protocolDate: today,
        address: 'Via Roma 1',
        cadastral: { sheet: '5', parcel: '120', subaltern: '3' },
        description: 'Ampliamento di un edificio residenziale',
        parties: partyRows(parties),
        ...overrides,
      }),
    ),
    201,
  );
}

function upload(session: TestSession, url: string, content: Buffer, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  return session.fetch(url, { method: 'POST', body: form });
}

/** A practice with a past, built by the state machine on past days and stored as the seeder stores it. */
async function pastPractice(
  type: PracticeType,
  submittedDaysAgo: number,
  steps: [PracticeState, number, Partial<TransitionRequest>?][],
  parties: Parties,
  options: { description?: string; caseOfficer?: TestIdentity } = {},
): Promise<string> {
  const practice = pastPracticeRow(type, submittedDaysAgo, steps, parties, options);
  await insertPractices(testDb(), [practice]);
  return practice.id;
}

function pastPracticeRow(
  type: PracticeType,
  submittedDaysAgo: number,
  steps: [PracticeState, number, Partial<TransitionRequest>?][],
  parties: Parties,
  options: { description?: string; caseOfficer?: TestIdentity } = {},
): DemoPractice {
  const staffActor: PracticeActor = { id: 'RSSMRA80A01I914X', role: 'permits', name: 'Ufficio tecnico' };
  const at = (days: number) => new Date(`${daysAgo(days)}T10:00:00Z`);
  let timeline: PracticeTransition[] = [startPractice(type, staffActor, at(submittedDaysAgo)).transition];
  for (const [to, days, request] of steps) {
    const practice = { type, timeline, constraints: 'none' as const };
    timeline = [...timeline, applyTransition(practice, { to, ...request }, staffActor, at(days)).transition];
  }
  const officer = options.caseOfficer
    ? {
        fiscalCode: options.caseOfficer.fiscalCode,
        name: `${options.caseOfficer.givenName} ${options.caseOfficer.familyName}`,
      }
    : null;
  return {
    id: randomUUID(),
    type,
    protocolNumber: protocolNumber(),
    protocolDate: daysAgo(submittedDaysAgo),
    address: 'Via Milano 7',
    cadastral: { sheet: '3', parcel: '44', subaltern: null },
    description: options.description ?? 'Pratica con una storia',
    constraints: 'none',
    doubledTerms: false,
    parties: partyRows(parties),
    timeline,
    state: timeline.at(-1)!.to,
    caseOfficer: officer,
    officeDeadline: officeDeadline({ type, timeline, constraints: 'none' }, new Date()),
  };
}

/** Decodes a stored message enough to search it: encoded-word headers, quoted-printable and base64 parts. */
function decodeMail(raw: string): string {
  const words = raw.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const parts = [
    ...raw.matchAll(
      /Content-Transfer-Encoding: (base64|quoted-printable)\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)(?=\r?\n--|$)/gi,
    ),
  ];
  const bodies = parts.map(([, encoding, body]) =>
    encoding.toLowerCase() === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : Buffer.from(
          body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
  return [words, ...bodies].join('\n');
}

async function mailsTo(address: string): Promise<string[]> {
  const files = await readdir(maildir);
  const mails = await Promise.all(files.map((file) => readFile(path.join(maildir, file), 'utf8')));
  return mails
    .filter((raw) => raw.split(/\r?\n/, 1)[0].toLowerCase().includes(address.toLowerCase()))
    .map(decodeMail);
}

/** Waits for at least `count` mails to `address` (only those containing `containing`, when given). */
async function waitForMails(address: string, count: number, containing?: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let mails: string[] = [];
  while (Date.now() < deadline) {
    mails = (await mailsTo(address)).filter((mail) => containing === undefined || mail.includes(containing));
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`expected ${count} mails to ${address}, got ${mails.length}`);
}

async function storedFileCount(): Promise<number> {
  const root = path.join(tmpDir, 'data', 'files');
  if (!existsSync(root)) return 0;
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

type Who = 'staff' | 'applicant' | 'technician';

interface Step {
  to: PracticeState;
  by: Who;
  body?: Record<string, unknown>;
  /** Upload a PDF in answer to the open request before moving. */
  upload?: boolean;
}

const ASSIGN = (officer: TestIdentity) => ({ caseOfficerFiscalCode: officer.fiscalCode });
const REQUEST = (days: number) => ({
  dueDate: addDays(today, days),
  requestedDocuments: ['Tavola 3 aggiornata'],
  publicNote: 'Manca la tavola 3.',
});
const DECISION = (outcome: 'granted' | 'rejected') => ({
  decision: { number: `${randomInt(1, 1e6)}/${today.slice(0, 4)}`, date: today, outcome },
  publicNote: outcome === 'granted' ? 'Permesso rilasciato.' : 'Il progetto non è conforme al PGT.',
});

describe('pratiche edilizie', () => {
  let staff: { identity: TestIdentity; session: TestSession };
  let applicant: Person;
  let technician: Person;
  let applicantSession: TestSession;
  let technicianSession: TestSession;

  beforeAll(async () => {
    staff = await clerk();
    applicant = person();
    technician = person();
    [applicantSession, technicianSession] = await Promise.all([loginAs(applicant), loginAs(technician)]);
  });

  function sessionOf(who: Who): TestSession {
    return who === 'staff' ? staff.session : who === 'applicant' ? applicantSession : technicianSession;
  }

  async function versionOf(id: string): Promise<number> {
    return (await ok<StaffPracticeView>(await staff.session.fetch(`/api/staff/permits/${id}`))).version;
  }

  async function move(id: string, step: Step): Promise<Response> {
    const session = sessionOf(step.by);
    const base = step.by === 'staff' ? '/api/staff/permits' : '/api/permits';
    if (step.upload) await ok(await upload(session, `${base}/${id}/documents`, PDF, 'integrazione.pdf'), 201);
    const expectedVersion = await versionOf(id);
    return session.fetch(`${base}/${id}/transitions`, json({ to: step.to, expectedVersion, ...step.body }));
  }

  async function walk(id: string, steps: Step[]): Promise<StaffPracticeView> {
    for (const step of steps) {
      const before = await versionOf(id);
      const view = await ok<{ state: string; version: number }>(await move(id, step));
      expect(view).toMatchObject({ state: step.to, version: before + 1 });
    }
    return ok<StaffPracticeView>(await staff.session.fetch(`/api/staff/permits/${id}`));
  }

  describe('who sees what', () => {
    it('should show residents only the practices where they are a party, and 404 for the others', async () => {
      const other = person();
      const mine = await register(staff.session, 'PDC', { applicant, technician });
      const theirs = await register(staff.session, 'CILA', { applicant: other });

      const list = await ok<ResidentPracticeListView>(await applicantSession.fetch('/api/permits'));
      const ids = list.items.map((item) => item.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(list.items.find((item) => item.id === mine.id)).toMatchObject({
        state: 'submitted',
        bucket: 'inviate',
        yourRoles: ['applicant'],
      });
      const officeView = await ok<StaffPracticeView>(
        await staff.session.fetch(`/api/staff/permits/${mine.id}`),
      );
      const completionBy = list.items.find((item) => item.id === mine.id)?.completionBy;
      expect(completionBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(completionBy).toBe(officeView.officeDeadline);
      expect(list.counts.inviate).toBeGreaterThanOrEqual(1);

      const asTechnician = await ok<ResidentPracticeListView>(
        await technicianSession.fetch('/api/permits?bucket=inviate'),
      );
      expect(asTechnician.items.find((item) => item.id === mine.id)?.yourRoles).toEqual(['technician']);
      const accepted = await ok<ResidentPracticeListView>(
        await applicantSession.fetch('/api/permits?bucket=accettate'),
      );
      expect(accepted.items.map((item) => item.id)).not.toContain(mine.id);

      const detail = await ok<ResidentPracticeView>(await applicantSession.fetch(`/api/permits/${mine.id}`));
      expect(detail).toMatchObject({
        id: mine.id,
        protocolNumber: mine.protocolNumber,
        type: 'PDC',
        yourRoles: ['applicant'],
      });
      expect(detail.parties).toEqual([
        { role: 'applicant', name: `${applicant.givenName} ${applicant.familyName}` },
        { role: 'technician', name: `${technician.givenName} ${technician.familyName}` },
      ]);
      expect(detail.legalClock.kind).toBe('pdc_decision');
      expect(detail.actions.transitions.map((option) => option.to)).toEqual(['withdrawn']);

      for (const url of [
        `/api/permits/${theirs.id}`,
        `/api/permits/${randomUUID()}`,
        '/api/permits/not-an-id',
      ]) {
        expect((await problem(await applicantSession.fetch(url), 404)).code).toBe('PRACTICE_NOT_FOUND');
      }
      const foreignMove = await applicantSession.fetch(
        `/api/permits/${theirs.id}/transitions`,
        json({ to: 'withdrawn', expectedVersion: 1 }),
      );
      expect((await problem(foreignMove, 404)).code).toBe('PRACTICE_NOT_FOUND');
    });

    it('should audit every read of a practice, once per party', async () => {
      const practice = await register(staff.session, 'CILA', { applicant, technician });
      await ok(await applicantSession.fetch(`/api/permits/${practice.id}`));
      await ok(await staff.session.fetch(`/api/staff/permits/${practice.id}`));
      const { rows } = await testDb().query(
        `SELECT actor_fiscal_code, actor_role, subject_fiscal_code FROM audit_event
          WHERE action = 'permits.practice.read' AND resource_id = $1 ORDER BY id`,
        [practice.id],
      );
      expect(rows).toEqual([
        {
          actor_fiscal_code: applicant.fiscalCode,
          actor_role: 'resident',
          subject_fiscal_code: applicant.fiscalCode,
        },
        {
          actor_fiscal_code: applicant.fiscalCode,
          actor_role: 'resident',
          subject_fiscal_code: technician.fiscalCode,
        },
        {
          actor_fiscal_code: staff.identity.fiscalCode,
          actor_role: 'permits',
          subject_fiscal_code: applicant.fiscalCode,
        },
        {
          actor_fiscal_code: staff.identity.fiscalCode,
          actor_role: 'permits',
          subject_fiscal_code: technician.fiscalCode,
        },
      ]);
      const { rows: changes } = await testDb().query(
        "SELECT action FROM audit_event WHERE resource_id = $1 AND action = 'permits.practice.register'",
        [practice.id],
      );
      expect(changes).toHaveLength(1);
    });

    it('should refuse every staff route to a resident without the permits role', async () => {
      const practice = await register(staff.session, 'CILA', { applicant });
      const attempts = [
        applicantSession.fetch('/api/staff/permits'),
        applicantSession.fetch(`/api/staff/permits/${practice.id}`),
        applicantSession.fetch('/api/staff/permits', json({ type: 'CIL' })),
        applicantSession.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'under_check', expectedVersion: 1 }),
        ),
        applicantSession.fetch(`/api/staff/permits/${practice.id}/case-officer`, {
          ...json({ fiscalCode: applicant.fiscalCode, expectedVersion: 1 }),
          method: 'PUT',
        }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect((await problem(response, 403)).code).toBe('FORBIDDEN');
      }
      expect(await versionOf(practice.id)).toBe(1);
      const anonymous = await fetch(`${inject('stack').backendUrl}/api/permits`);
      expect(anonymous.status).toBe(401);
    });
  });

  describe('transition paths through HTTP', () => {
    const paths: { name: string; type: PracticeType; protocolDaysAgo?: number; steps: () => Step[] }[] = [
      {
        name: 'PdC: named officer, integrations, design changes, granted',
        type: 'PDC',
        steps: () => [
          { to: 'assigned', by: 'staff', body: ASSIGN(staff.identity) },
          { to: 'under_review', by: 'staff' },
          { to: 'integration_requested', by: 'staff', body: REQUEST(20) },
          { to: 'integrations_submitted', by: 'applicant', upload: true },
          { to: 'under_review', by: 'staff' },
          {
            to: 'changes_requested',
            by: 'staff',
            body: { dueDate: addDays(today, 15), publicNote: 'Ridurre l’altezza.' },
          },
          { to: 'under_review', by: 'technician', body: { publicNote: 'Tavole modificate.' }, upload: true },
          { to: 'granted', by: 'staff', body: DECISION('granted') },
        ],
      },
      {
        name: 'PdC: preavviso di diniego, observations, rejected',
        type: 'PDC',
        steps: () => [
          { to: 'assigned', by: 'staff', body: ASSIGN(staff.identity) },
          { to: 'under_review', by: 'staff' },
          { to: 'refusal_notice', by: 'staff', body: { publicNote: 'Distanze dai confini non rispettate.' } },
          { to: 'under_review', by: 'applicant', body: { publicNote: 'Osservazioni allegate.' } },
          { to: 'rejected', by: 'staff', body: DECISION('rejected') },
        ],
      },
      {
        name: 'PdC: withdrawn by the applicant during review',
        type: 'PDC',
        steps: () => [
          { to: 'assigned', by: 'staff', body: ASSIGN(staff.identity) },
          { to: 'under_review', by: 'staff' },
          { to: 'withdrawn', by: 'applicant' },
        ],
      },
      { name: 'CIL: withdrawn', type: 'CIL', steps: () => [{ to: 'withdrawn', by: 'applicant' }] },
      {
        name: 'CILA: check with integrations, back in force',
        type: 'CILA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'integration_requested', by: 'staff', body: REQUEST(20) },
          { to: 'integrations_submitted', by: 'technician', upload: true },
          { to: 'under_check', by: 'staff' },
          { to: 'effective', by: 'staff' },
        ],
      },
      {
        name: 'CILA: inefficacy after a check',
        type: 'CILA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'rejected', by: 'staff', body: DECISION('rejected') },
        ],
      },
      {
        name: 'SCA: check, back in force, withdrawn',
        type: 'SCA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'effective', by: 'staff' },
          { to: 'withdrawn', by: 'applicant' },
        ],
      },
      {
        name: 'SCA: rejected after a check',
        type: 'SCA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'rejected', by: 'staff', body: DECISION('rejected') },
        ],
      },
      {
        name: 'SCIA: conformation with 30+ days, then prohibited within the window',
        type: 'SCIA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'integration_requested', by: 'staff', body: REQUEST(35) },
          { to: 'integrations_submitted', by: 'applicant', upload: true },
          { to: 'under_check', by: 'staff' },
          { to: 'rejected', by: 'staff', body: DECISION('rejected') },
        ],
      },
      {
        name: 'SCIA alternativa: in force once the 30 days passed',
        type: 'SCIA_ALTERNATIVA',
        protocolDaysAgo: 40,
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'effective', by: 'staff' },
        ],
      },
      {
        name: 'SCIA alternativa: order not to proceed',
        type: 'SCIA_ALTERNATIVA',
        steps: () => [
          { to: 'under_check', by: 'staff' },
          { to: 'rejected', by: 'staff', body: DECISION('rejected') },
        ],
      },
      {
        name: 'SCIA alternativa: withdrawn',
        type: 'SCIA_ALTERNATIVA',
        steps: () => [{ to: 'withdrawn', by: 'applicant' }],
      },
    ];

    it.each(paths)('should follow $name', async ({ type, protocolDaysAgo, steps }) => {
      const practice = await register(
        staff.session,
        type,
        { applicant, technician },
        {
          protocolDate: daysAgo(protocolDaysAgo ?? 0),
        },
      );
      const path = steps();
      const final = await walk(practice.id, path);
      expect(final.timeline.map((entry) => entry.to)).toEqual([
        practice.state,
        ...path.map((step) => step.to),
      ]);
      expect(final.version).toBe(path.length + 1);
      const resident = await ok<ResidentPracticeView>(
        await applicantSession.fetch(`/api/permits/${practice.id}`),
      );
      expect(resident.state).toBe(path.at(-1)!.to);
      if (resident.terminal) expect(resident.actions.transitions).toEqual([]);
    });

    it.each([
      {
        name: 'CILA archived when the integrations never came',
        type: 'CILA' as const,
        history: [
          ['under_check', 50],
          ['integration_requested', 45, { dueDate: daysAgo(25), requestedDocuments: ['Relazione'] }],
        ] as [PracticeState, number, Partial<TransitionRequest>?][],
        submitted: 60,
        step: { to: 'archived', by: 'staff' } as Step,
      },
      {
        name: 'SCIA prohibited when the conformation never came',
        type: 'SCIA' as const,
        history: [
          ['under_check', 48],
          ['integration_requested', 45, { dueDate: daysAgo(14), requestedDocuments: ['Relazione'] }],
        ] as [PracticeState, number, Partial<TransitionRequest>?][],
        submitted: 50,
        step: { to: 'rejected', by: 'staff', body: DECISION('rejected') } as Step,
      },
      {
        name: 'PdC refused once the 10 days for observations passed',
        type: 'PDC' as const,
        history: [
          ['assigned', 58, { caseOfficer: { id: 'RSSMRA80A01I914X', name: 'Ufficio tecnico' } }],
          ['under_review', 57],
          ['refusal_notice', 30, { publicNote: 'Altezza oltre il limite.' }],
        ] as [PracticeState, number, Partial<TransitionRequest>?][],
        submitted: 60,
        step: { to: 'rejected', by: 'staff', body: DECISION('rejected') } as Step,
      },
    ])(
      'should let the office close a practice with a past: $name',
      async ({ type, history, submitted, step }) => {
        const id = await pastPractice(type, submitted, history, { applicant, technician });
        const view = await ok<StaffPracticeView>(await move(id, step));
        expect(view.state).toBe(step.to);
        expect(view.timeline).toHaveLength(history.length + 2);
      },
    );
  });

  describe('the legal clock through HTTP', () => {
    it('should pause the PdC clock on an integration request and restart it from zero on the documents', async () => {
      const practice = await register(staff.session, 'PDC', { applicant }, { protocolDate: daysAgo(20) });
      await walk(practice.id, [
        { to: 'assigned', by: 'staff', body: ASSIGN(staff.identity) },
        { to: 'under_review', by: 'staff' },
      ]);
      const running = await ok<ResidentPracticeView>(
        await applicantSession.fetch(`/api/permits/${practice.id}`),
      );
      expect(running.legalClock).toMatchObject({
        paused: false,
        deadline: termEnd(addDays(daysAgo(20), 90), NATIONAL_HOLIDAYS),
      });

      await walk(practice.id, [{ to: 'integration_requested', by: 'staff', body: REQUEST(20) }]);
      const interrupted = await ok<ResidentPracticeView>(
        await applicantSession.fetch(`/api/permits/${practice.id}`),
      );
      expect(interrupted.legalClock).toMatchObject({ paused: true, deadline: null, daysRemaining: 90 });
      expect(interrupted.legalClock.explanation).toContain('interrotto');
      expect(interrupted.actions.uploadDocuments).toBe(true);
      expect(interrupted.requests.at(-1)).toMatchObject({
        kind: 'integration',
        open: true,
        dueDate: addDays(today, 20),
      });

      const restarted = await walk(practice.id, [
        { to: 'integrations_submitted', by: 'applicant', upload: true },
      ]);
      expect(restarted.legalClock).toMatchObject({
        paused: false,
        deadline: termEnd(addDays(today, 90), NATIONAL_HOLIDAYS),
      });
      expect(restarted.legalClock.explanation).toContain('ricezione delle integrazioni');
      expect(restarted.requests.at(-1)).toMatchObject({ open: false });
      expect(restarted.requests.at(-1)!.answeredAt).not.toBeNull();
      expect(restarted.officeDeadline).toBe(termEnd(addDays(today, 90), NATIONAL_HOLIDAYS));
    });

    it('should suspend the PdC clock for design changes, keeping the days already run', async () => {
      const practice = await register(
        staff.session,
        'PDC',
        { applicant, technician },
        { protocolDate: daysAgo(20) },
      );
      await walk(practice.id, [
        { to: 'assigned', by: 'staff', body: ASSIGN(staff.identity) },
        { to: 'under_review', by: 'staff' },
        {
          to: 'changes_requested',
          by: 'staff',
          body: { dueDate: addDays(today, 15), publicNote: 'Ridurre il volume.' },
        },
      ]);
      const suspended = await ok<ResidentPracticeView>(
        await technicianSession.fetch(`/api/permits/${practice.id}`),
      );
      expect(suspended.legalClock).toMatchObject({ paused: true, deadline: null, daysRemaining: 70 });
      expect(suspended.legalClock.explanation).toContain('sospeso');
      expect(suspended.legalClock.explanation).toContain('restano 70 giorni');
      expect(suspended.actions.transitions.map((option) => option.to)).toEqual(['under_review']);

      const resumed = await walk(practice.id, [{ to: 'under_review', by: 'technician' }]);
      expect(resumed.legalClock).toMatchObject({
        paused: false,
        deadline: termEnd(addDays(daysAgo(20), 90), NATIONAL_HOLIDAYS),
      });
    });
  });

  describe('concurrent clerks', () => {
    it('should accept one of two clerks moving the same version and answer 409 to the other', async () => {
      const other = await clerk();
      const practice = await register(staff.session, 'CILA', { applicant });
      const [first, second] = await Promise.all([
        staff.session.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'under_check', expectedVersion: 1 }),
        ),
        other.session.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'under_check', internalNote: 'Controllo a campione', expectedVersion: 1 }),
        ),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const loser = first.status === 409 ? first : second;
      const conflict = await problem(loser, 409);
      expect(conflict).toMatchObject({ code: 'PRACTICE_VERSION_CONFLICT', currentVersion: 2 });
      expect(conflict.detail).toContain('modificata da qualcun altro');
      const view = await ok<StaffPracticeView>(
        await staff.session.fetch(`/api/staff/permits/${practice.id}`),
      );
      expect(view.version).toBe(2);
      expect(view.timeline).toHaveLength(2);
    });

    it('should lose no update when many clerks race: the timeline holds exactly the accepted moves', async () => {
      const practice = await register(staff.session, 'SCA', { applicant });
      const sessions = [staff.session, (await clerk()).session, (await clerk()).session];
      const rounds = 4;
      for (let round = 0; round < rounds; round++) {
        const version = await versionOf(practice.id);
        const view = await ok<StaffPracticeView>(
          await staff.session.fetch(`/api/staff/permits/${practice.id}`),
        );
        const to = view.state === 'effective' ? 'under_check' : 'effective';
        const responses = await Promise.all(
          Array.from({ length: 9 }, (_, index) =>
            sessions[index % sessions.length].fetch(
              `/api/staff/permits/${practice.id}/transitions`,
              json({ to, expectedVersion: version }),
            ),
          ),
        );
        const statuses = responses.map((response) => response.status);
        expect(statuses.filter((status) => status === 200)).toHaveLength(1);
        expect(statuses.filter((status) => status === 409)).toHaveLength(8);
      }
      const final = await ok<StaffPracticeView>(
        await staff.session.fetch(`/api/staff/permits/${practice.id}`),
      );
      expect(final.timeline).toHaveLength(1 + rounds);
      expect(final.version).toBe(1 + rounds);
    });
  });

  describe('documents', () => {
    async function waitingPractice(): Promise<StaffPracticeView> {
      const practice = await register(staff.session, 'CILA', { applicant, technician });
      return walk(practice.id, [
        { to: 'under_check', by: 'staff' },
        { to: 'integration_requested', by: 'staff', body: REQUEST(20) },
      ]);
    }

    it('should store a PDF uploaded in answer to an integration request, hashed, and give it back', async () => {
      const practice = await waitingPractice();
      const document = await ok<{
        id: string;
        sha256: string;
        sizeBytes: number;
        mediaType: string;
        fileName: string;
        integrationRequestId: string;
      }>(
        await upload(
          applicantSession,
          `/api/permits/${practice.id}/documents`,
          PDF,
          'Relazione integrativa – verità.pdf',
          'application/octet-stream',
        ),
        201,
      );
      expect(document).toMatchObject({
        fileName: 'Relazione integrativa – verità.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
        integrationRequestId: practice.requests.at(-1)!.id,
      });
      const { createHash } = await import('node:crypto');
      expect(document.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
      const stored = path.join(
        tmpDir,
        'data',
        'files',
        document.sha256.slice(0, 2),
        document.sha256.slice(2, 4),
        document.sha256,
      );
      expect(existsSync(stored)).toBe(true);

      for (const [session, base] of [
        [applicantSession, '/api/permits'],
        [staff.session, '/api/staff/permits'],
      ] as const) {
        const download = await session.fetch(`${base}/${practice.id}/documents/${document.id}`);
        expect(download.status).toBe(200);
        expect(download.headers.get('content-type')).toBe('application/pdf');
        expect(download.headers.get('content-disposition')).toContain(
          "filename*=UTF-8''Relazione%20integrativa%20%E2%80%93%20verit%C3%A0.pdf",
        );
        expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
      }
      const outsider = await loginAs(person());
      expect(
        (await problem(await outsider.fetch(`/api/permits/${practice.id}/documents/${document.id}`), 404))
          .code,
      ).toBe('PRACTICE_NOT_FOUND');
      const { rows } = await testDb().query(
        "SELECT count(*)::int AS count FROM audit_event WHERE action = 'permits.document.upload' AND resource_id = $1",
        [practice.id],
      );
      expect(rows[0].count).toBe(1);
    });

    it('should refuse a file that is not what its name says, or too big, storing nothing', async () => {
      const practice = await waitingPractice();
      const url = `/api/permits/${practice.id}/documents`;
      const filesBefore = await storedFileCount();
      const big = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD + 1 - PDF.length, 0x20)]);
      const mismatch = await problem(await upload(applicantSession, url, PNG, 'relazione.pdf'), 422);
      expect(mismatch).toMatchObject({ code: 'DOCUMENT_CONTENT_MISMATCH', field: 'file' });
      expect(mismatch.detail).toContain('immagine PNG');
      const notPdf = await problem(
        await upload(applicantSession, url, Buffer.from('MZ this is an executable'), 'relazione.pdf'),
        415,
      );
      expect(notPdf.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
      const tooBig = await problem(await upload(applicantSession, url, big, 'enorme.pdf'), 413);
      expect(tooBig).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', field: 'file' });
      expect(tooBig.detail).toContain('10 MB');
      const wayTooBig = await problem(
        await upload(applicantSession, url, Buffer.concat([big, Buffer.alloc(MAX_UPLOAD)]), 'enorme.pdf'),
        413,
      );
      expect(wayTooBig.code).toBe('DOCUMENT_TOO_LARGE');
      const missing = await problem(
        await applicantSession.fetch(url, { method: 'POST', body: new FormData() }),
        400,
      );
      expect(missing.code).toBe('DOCUMENT_MISSING');
      const pdfBlob = () => new Blob([new Uint8Array(PDF)], { type: 'application/pdf' });
      const wrongField = new FormData();
      wrongField.append('documento', pdfBlob(), 'a.pdf');
      const misplaced = await problem(
        await applicantSession.fetch(url, { method: 'POST', body: wrongField }),
        400,
      );
      expect(misplaced).toMatchObject({ code: 'UPLOAD_UNEXPECTED_FILE', field: 'documento' });
      expect(misplaced.detail).toContain('«file»');
      const twoFiles = new FormData();
      twoFiles.append('file', pdfBlob(), 'a.pdf');
      twoFiles.append('file', pdfBlob(), 'b.pdf');
      const extra = await problem(await applicantSession.fetch(url, { method: 'POST', body: twoFiles }), 400);
      expect(extra).toMatchObject({ code: 'UPLOAD_UNEXPECTED_FILE', field: 'file' });
      const cutShort = await problem(
        await applicantSession.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
          body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        }),
        400,
      );
      expect(cutShort).toMatchObject({ code: 'UPLOAD_MALFORMED', field: 'file' });

      const view = await ok<StaffPracticeView>(
        await staff.session.fetch(`/api/staff/permits/${practice.id}`),
      );
      expect(view.documents).toEqual([]);
      expect(await storedFileCount()).toBe(filesBefore);
      const submit = await applicantSession.fetch(
        `/api/permits/${practice.id}/transitions`,
        json({ to: 'integrations_submitted', expectedVersion: view.version }),
      );
      expect((await problem(submit, 422)).code).toBe('INTEGRATION_DOCUMENTS_MISSING');
    });

    it('should refuse uploads from a party when no request is open', async () => {
      const practice = await register(staff.session, 'CILA', { applicant });
      const refused = await problem(
        await upload(applicantSession, `/api/permits/${practice.id}/documents`, PDF, 'a.pdf'),
        422,
      );
      expect(refused.code).toBe('NO_OPEN_INTEGRATION_REQUEST');
      const byOffice = await ok<{ integrationRequestId: string | null }>(
        await upload(staff.session, `/api/staff/permits/${practice.id}/documents`, PDF, 'verbale.pdf'),
        201,
      );
      expect(byOffice.integrationRequestId).toBeNull();
    });
  });

  describe('bad input', () => {
    it('should refuse an integration request without a due date, naming dueDate, and change nothing', async () => {
      const practice = await register(staff.session, 'CILA', { applicant });
      await walk(practice.id, [{ to: 'under_check', by: 'staff' }]);
      const refused = await problem(
        await staff.session.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'integration_requested', requestedDocuments: ['Relazione'], expectedVersion: 2 }),
        ),
        422,
      );
      expect(refused).toMatchObject({ code: 'INTEGRATION_DUE_DATE_REQUIRED', field: 'dueDate' });
      expect(refused.detail).toMatch(/data entro cui/);
      const view = await ok<StaffPracticeView>(
        await staff.session.fetch(`/api/staff/permits/${practice.id}`),
      );
      expect(view).toMatchObject({ version: 2, state: 'under_check' });
      expect(view.timeline).toHaveLength(2);
    });

    it('should refuse a forbidden transition naming the allowed ones, and a stale version with 409', async () => {
      const practice = await register(staff.session, 'PDC', { applicant });
      const forbidden = await problem(
        await staff.session.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'granted', expectedVersion: 1, ...DECISION('granted') }),
        ),
        422,
      );
      expect(forbidden).toMatchObject({
        code: 'PRACTICE_TRANSITION_NOT_ALLOWED',
        field: 'to',
        allowed: ['assigned'],
      });
      expect(forbidden.detail).toContain('«Presentata»');
      const stale = await problem(
        await staff.session.fetch(
          `/api/staff/permits/${practice.id}/transitions`,
          json({ to: 'assigned', expectedVersion: 7 }),
        ),
        409,
      );
      expect(stale).toMatchObject({ code: 'PRACTICE_VERSION_CONFLICT', currentVersion: 1 });
      const noVersion = await problem(
        await staff.session.fetch(`/api/staff/permits/${practice.id}/transitions`, json({ to: 'assigned' })),
        400,
      );
      expect(noVersion.field).toBe('expectedVersion');
      const residentInternal = await problem(
        await applicantSession.fetch(
          `/api/permits/${practice.id}/transitions`,
          json({ to: 'withdrawn', internalNote: 'nascosta', expectedVersion: 1 }),
        ),
        422,
      );
      expect(residentInternal.field).toBe('internalNote');
      const notStaff = await problem(
        await staff.session.fetch(`/api/staff/permits/${practice.id}/case-officer`, {
          ...json({ fiscalCode: applicant.fiscalCode, expectedVersion: 1 }),
          method: 'PUT',
        }),
        422,
      );
      expect(notStaff.code).toBe('CASE_OFFICER_NOT_STAFF');
      expect(await versionOf(practice.id)).toBe(1);
    });

    it('should refuse a registration with a bad codice fiscale, two applicants or a taken protocol number', async () => {
      const badCode = await problem(
        await staff.session.fetch(
          '/api/staff/permits',
          json({
            type: 'CILA',
            protocolNumber: protocolNumber(),
            protocolDate: today,
            address: 'Via Roma 1',
            cadastral: { sheet: '1', parcel: '2' },
            description: 'Lavori interni',
            parties: [
              { ...partyRows({ applicant })[0], fiscalCode: wrongCheckCharacter(applicant.fiscalCode) },
            ],
          }),
        ),
        422,
      );
      expect(badCode.field).toBe('parties.0.fiscalCode');
      const twoApplicants = await staff.session.fetch(
        '/api/staff/permits',
        json({
          type: 'CILA',
          protocolNumber: protocolNumber(),
          protocolDate: today,
          address: 'Via Roma 1',
          cadastral: { sheet: '1', parcel: '2' },
          description: 'Lavori interni',
          parties: [...partyRows({ applicant }), ...partyRows({ applicant: technician })],
        }),
      );
      expect((await problem(twoApplicants, 422)).code).toBe('APPLICANT_REQUIRED');
      const first = await register(staff.session, 'CIL', { applicant });
      const taken = await staff.session.fetch(
        '/api/staff/permits',
        json({
          type: 'CIL',
          protocolNumber: first.protocolNumber,
          protocolDate: today,
          address: 'Via Roma 1',
          cadastral: { sheet: '1', parcel: '2' },
          description: 'Lavori interni',
          parties: partyRows({ applicant }),
        }),
      );
      expect((await problem(taken, 409)).code).toBe('PROTOCOL_NUMBER_TAKEN');
    });
  });

  describe('staff queue', () => {
    it('should list overdue practices first and filter by overdue, type, state, officer and text', async () => {
      const token = `coda-${randomUUID().slice(0, 8)}`;
      const overdue = await pastPractice(
        'PDC',
        120,
        [
          ['assigned', 118, { caseOfficer: { id: staff.identity.fiscalCode, name: 'Clerk' } }],
          ['under_review', 117],
        ],
        { applicant },
        { description: `Nuova costruzione ${token}`, caseOfficer: staff.identity },
      );
      const fresh = await register(
        staff.session,
        'PDC',
        { applicant },
        { description: `Ampliamento ${token}` },
      );
      const quiet = await register(
        staff.session,
        'CILA',
        { applicant },
        { description: `Bagno al piano ${token}` },
      );

      const all = await ok<QueuePageView>(await staff.session.fetch(`/api/staff/permits?q=${token}`));
      expect(all.total).toBe(3);
      expect(all.totalCapped).toBe(false);
      expect(all.items.map((item) => item.id)).toEqual([overdue, fresh.id, quiet.id]);
      expect(all.items[0]).toMatchObject({
        overdue: true,
        caseOfficer: { fiscalCode: staff.identity.fiscalCode },
      });
      expect(all.items[1].overdue).toBe(false);
      expect(all.items[0].applicants).toBe(`${applicant.givenName} ${applicant.familyName}`);

      const onlyOverdue = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&overdue=true`),
      );
      expect(onlyOverdue.items.map((item) => item.id)).toEqual([overdue]);
      const byType = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&type=CILA`),
      );
      expect(byType.items.map((item) => item.id)).toEqual([quiet.id]);
      const byState = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&state=submitted,effective`),
      );
      expect(byState.items.map((item) => item.id)).toEqual([fresh.id, quiet.id]);
      const mine = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&officer=me`),
      );
      expect(mine.items.map((item) => item.id)).toEqual([overdue]);
      const unassigned = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&officer=none`),
      );
      expect(unassigned.total).toBe(2);
      const byProtocol = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${encodeURIComponent(fresh.protocolNumber)}`),
      );
      expect(byProtocol.items.map((item) => item.id)).toContain(fresh.id);
      // A text with a frequent word: the count narrows by the other words, then keeps the whole text only.
      const phrase = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${encodeURIComponent(`AL PIANO ${token}`)}`),
      );
      expect(phrase).toMatchObject({ total: 1, totalCapped: false });
      expect(phrase.items.map((item) => item.id)).toEqual([quiet.id]);
      const reordered = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${encodeURIComponent(`piano al ${token}`)}`),
      );
      expect(reordered).toMatchObject({ total: 0, items: [] });
      const second = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&page=2&pageSize=1`),
      );
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
      expect(second.items.map((item) => item.id)).toEqual([fresh.id]);
      const bad = await problem(await staff.session.fetch('/api/staff/permits?state=nonsense'), 400);
      expect(bad.field).toBe('state');
      // The text search's index takes each change at once: no pending list for every search to scan.
      const { rows } = await testDb().query<{ options: string[] }>(
        "SELECT reloptions AS options FROM pg_class WHERE oid = 'permit_practice_search_idx'::regclass",
      );
      expect(rows[0].options).toContain('fastupdate=off');
      // A page of a text search filters the order indexes' own entries, not the rows they point to, and the
      // planner estimates a pattern's matches from a histogram of 1,000 values.
      const orderIndexes = await testDb().query<{ name: string; definition: string }>(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
          WHERE indexname IN ('permit_practice_queue_idx', 'permit_practice_state_queue_idx') ORDER BY indexname`,
      );
      expect(orderIndexes.rows.map((index) => index.name)).toEqual([
        'permit_practice_queue_idx',
        'permit_practice_state_queue_idx',
      ]);
      for (const index of orderIndexes.rows) expect(index.definition).toMatch(/INCLUDE \(.*search_text\)/);
      const statistics = await testDb().query<{ target: number }>(
        `SELECT attstattarget AS target FROM pg_attribute
          WHERE attrelid = 'permit_practice'::regclass AND attname = 'search_text'`,
      );
      expect(statistics.rows[0].target).toBe(1000);
    });

    it('should count a filter exactly up to 1,000 practices and say "more" beyond, every page still reachable', async () => {
      const token = `archivio-${randomUUID().slice(0, 8)}`;
      const row = (type: PracticeType) =>
        pastPracticeRow(type, 30, [], { applicant }, { description: `Archivio ${token}` });
      await insertPractices(testDb(), [
        ...Array.from({ length: 1_001 }, () => row('CILA')),
        ...Array.from({ length: 4 }, () => row('PDC')),
      ]);
      const many = await ok<QueuePageView>(await staff.session.fetch(`/api/staff/permits?q=${token}`));
      expect(many).toMatchObject({ total: 1_000, totalCapped: true, page: 1, pageSize: 20 });
      expect(many.items).toHaveLength(20);
      const cila = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&type=CILA`),
      );
      expect(cila).toMatchObject({ total: 1_000, totalCapped: true });
      const pdc = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&type=PDC`),
      );
      expect(pdc).toMatchObject({ total: 4, totalCapped: false });
      // Past the count: page 51 of 20 still lists practices 1,001 to 1,005.
      const beyond = await ok<QueuePageView>(
        await staff.session.fetch(`/api/staff/permits?q=${token}&page=51&pageSize=20`),
      );
      expect(beyond.items).toHaveLength(5);
    });
  });

  describe('notifications', () => {
    it('should e-mail the parties on every public transition, never with the internal note', async () => {
      const owner = person();
      const designer = person();
      const ownerSession = await loginAs(owner);
      const internal = `NOTA-INTERNA-${randomUUID()}`;
      const practice = await register(staff.session, 'PDC', { applicant: owner, technician: designer });
      await ok(
        await staff.session.fetch(`/api/staff/permits/${practice.id}/case-officer`, {
          ...json({ fiscalCode: staff.identity.fiscalCode, expectedVersion: 1 }),
          method: 'PUT',
        }),
      );
      await walk(practice.id, [{ to: 'under_review', by: 'staff', body: { internalNote: internal } }]);
      await walk(practice.id, [
        {
          to: 'integration_requested',
          by: 'staff',
          body: { ...REQUEST(20), internalNote: `${internal} bis` },
        },
      ]);
      await ok(await upload(ownerSession, `/api/permits/${practice.id}/documents`, PDF, 'tavola-3.pdf'), 201);
      const version = await versionOf(practice.id);
      await ok(
        await ownerSession.fetch(
          `/api/permits/${practice.id}/transitions`,
          json({ to: 'integrations_submitted', publicNote: 'Allego la tavola.', expectedVersion: version }),
        ),
      );

      for (const address of [owner.email, designer.email]) {
        const mails = await waitForMails(address, 5);
        expect(mails).toHaveLength(5);
        for (const mail of mails) {
          expect(mail).toContain(practice.protocolNumber);
          expect(mail).not.toContain(internal);
          expect(mail).not.toContain('NOTA-INTERNA');
        }
        expect(mails.some((mail) => mail.includes('documenti da integrare entro il'))).toBe(true);
        expect(mails.some((mail) => mail.includes('Responsabile assegnato'))).toBe(true);
        expect(mails.some((mail) => mail.includes('Integrazioni presentate'))).toBe(true);
      }
      // The office's mailbox is shared with the other tests: wait for this practice's mail itself.
      const received = await waitForMails(
        OFFICE_EMAIL,
        1,
        `Integrazioni ricevute: pratica n. ${practice.protocolNumber}`,
      );
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('tavola-3.pdf');
      await expect
        .poll(async () => {
          const { rows } = await testDb().query(
            "SELECT status, count(*)::int AS count FROM notification_outbox WHERE resource_id = $1 AND channel = 'email' GROUP BY status",
            [practice.id],
          );
          return rows;
        })
        .toEqual([{ status: 'sent', count: 11 }]);
      // Delivered once each: nothing more arrives once every message is marked sent.
      expect(await mailsTo(owner.email)).toHaveLength(5);
    });
  });
});

describe('registering a practice: the parties’ names from the registry', () => {
  it('should take a known person’s name from the registry, keep a non-resident’s typed name, and require it', async () => {
    const staff = await clerk();
    const household = await seedHousehold([{ relationshipCode: '01' }]);
    const [resident] = household.members;
    const technician = person();
    const base = {
      type: 'PDC',
      protocolDate: today,
      address: 'Via Roma 1',
      cadastral: { sheet: '5', parcel: '120' },
      description: 'Ampliamento di un edificio residenziale',
    };
    const created = await ok<StaffPracticeView>(
      await staff.session.fetch(
        '/api/staff/permits',
        json({
          ...base,
          protocolNumber: protocolNumber(),
          parties: [
            { role: 'applicant', fiscalCode: resident.fiscalCode, givenName: 'Nome Sbagliato' },
            {
              role: 'technician',
              fiscalCode: technician.fiscalCode,
              givenName: technician.givenName,
              familyName: technician.familyName,
            },
          ],
        }),
      ),
      201,
    );
    expect(created.parties).toEqual([
      expect.objectContaining({
        role: 'applicant',
        name: `${resident.givenName} ${resident.familyName}`,
        nameFromRegistry: true,
      }),
      expect.objectContaining({
        role: 'technician',
        name: `${technician.givenName} ${technician.familyName}`,
        nameFromRegistry: false,
      }),
    ]);
    const { rows } = await testDb().query(
      'SELECT given_name, family_name, name_from_registry FROM permit_party WHERE practice_id = $1 AND role = $2',
      [created.id, 'applicant'],
    );
    expect(rows).toEqual([
      { given_name: resident.givenName, family_name: resident.familyName, name_from_registry: true },
    ]);

    const unnamed = await problem(
      await staff.session.fetch(
        '/api/staff/permits',
        json({
          ...base,
          protocolNumber: protocolNumber(),
          parties: [
            { role: 'applicant', fiscalCode: technician.fiscalCode, familyName: technician.familyName },
          ],
        }),
      ),
      422,
    );
    expect(unnamed).toMatchObject({ code: 'PARTY_NAME_REQUIRED', field: 'parties.0.givenName' });
    expect(unnamed.detail).toMatch(/non risulta nell'anagrafe/);
  });
});
