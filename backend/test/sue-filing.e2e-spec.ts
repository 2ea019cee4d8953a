import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../src/common/calendar/civil-date.js';
import { romeDay } from '../src/common/italian/rome-day.js';
import { FILING_REQUIREMENTS } from '../src/permits/domain/filing-requirements.js';
import { initialState } from '../src/permits/domain/practice-state-machine.js';
import { PRACTICE_TYPES, type PracticeType } from '../src/permits/domain/practice-type.js';
import type { DraftView } from '../src/permits/filing/filing-views.js';
import { samplePdf } from '../src/permits/signatures/signature.fixtures.js';
import type { ResidentPracticeListView } from '../src/permits/views/practice-views.js';
import { LocalProtocolRegister } from '../src/protocol/local-protocol-register.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { type SignatureDefect, signWithFirmaSandbox } from './support/firma.js';
import { loginAs, type TestSession } from './support/session.js';

const { federationUrl, databaseUrl } = inject('stack');
const today = romeDay(new Date());

interface Problem {
  code: string;
  detail: string;
  field?: string;
  missing?: { field: string; reason: string }[];
}

/** Signs a PDF through the firma sandbox as `who`, as a technician's signing tool would. */
function signAs(
  who: TestIdentity,
  format: 'pades' | 'cades',
  options: { defect?: SignatureDefect; pdf?: Buffer } = {},
): Promise<Buffer> {
  return signWithFirmaSandbox(federationUrl, who, { format, ...options });
}

function json(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
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

function upload(session: TestSession, draftId: string, kind: string, file: Buffer, name = 'documento.pdf') {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return session.fetch(`/api/permits/drafts/${draftId}/attachments`, { method: 'POST', body: form });
}

function sections(titolare: TestIdentity, tecnico: TestIdentity | null, coTitolari: TestIdentity[] = []) {
  return {
    titolare: {
      fiscalCode: titolare.fiscalCode,
      givenName: titolare.givenName,
      familyName: titolare.familyName,
      email: `${titolare.fiscalCode.toLowerCase()}@example.test`,
      title: 'proprietario',
      coTitolari: coTitolari.map(({ fiscalCode, givenName, familyName }) => ({
        fiscalCode,
        givenName,
        familyName,
      })),
    },
    tecnico: tecnico
      ? {
          fiscalCode: tecnico.fiscalCode,
          givenName: tecnico.givenName,
          familyName: tecnico.familyName,
          professionalOrder: 'Ordine degli Architetti P.P.C.',
          registrationNumber: String(randomInt(1, 9999)),
          province: 'CR',
          pec: `${tecnico.fiscalCode.toLowerCase()}@pec.example.test`,
        }
      : null,
    immobile: {
      address: `Via Roma ${randomInt(1, 200)}`,
      cadastre: { register: 'fabbricati', sheet: '5', parcel: String(randomInt(1, 999)), subaltern: '3' },
    },
    intervento: {
      description: 'Rifacimento del bagno e spostamento di tramezzi interni',
      category: 'manutenzione_straordinaria',
    },
    dichiarazioni: { truthfulness: true, titleToAct: true, privacy: true, constraints: 'none' },
  };
}

async function newDraft(session: TestSession, type: PracticeType): Promise<string> {
  const created = await ok<{ id: string }>(
    await session.fetch('/api/permits/drafts', json('POST', { type })),
    201,
  );
  return created.id;
}

describe('SUE online filing', () => {
  let resident: TestIdentity;
  let technician: TestIdentity;
  let residentSession: TestSession;
  let technicianSession: TestSession;

  beforeAll(async () => {
    resident = newIdentity();
    technician = newIdentity();
    [residentSession, technicianSession] = await Promise.all([loginAs(resident), loginAs(technician)]);
  });

  describe('signature verification on upload', () => {
    let draftId: string;
    beforeAll(async () => {
      draftId = await newDraft(residentSession, 'SCIA');
    });

    it('should accept PAdES and CAdES files signed by the sandbox and name the signer', async () => {
      for (const format of ['pades', 'cades'] as const) {
        const attachment = await ok<{
          signerName: string;
          signerFiscalCode: string;
          signatureFormat: string;
        }>(await upload(residentSession, draftId, 'elaborati_grafici', await signAs(resident, format)), 201);
        expect(attachment.signatureFormat).toBe(format);
        expect(attachment.signerFiscalCode).toBe(resident.fiscalCode);
        expect(attachment.signerName).toBe(`${resident.givenName} ${resident.familyName}`);
      }
    });

    const refusals: [SignatureDefect, string][] = [
      ['expired-certificate', 'SIGNATURE_CERTIFICATE_EXPIRED'],
      ['unknown-ca', 'SIGNATURE_UNTRUSTED_CA'],
      ['no-non-repudiation', 'SIGNATURE_KEY_USAGE'],
      ['altered-after-signing', 'SIGNATURE_INVALID'],
    ];
    for (const [defect, code] of refusals) {
      for (const format of ['pades', 'cades'] as const) {
        it(`should refuse a ${format} file with defect ${defect} as ${code}, storing nothing`, async () => {
          const before = await testDb().query(
            'SELECT count(*)::int AS n FROM permit_draft_attachment WHERE draft_id = $1',
            [draftId],
          );
          const refused = await problem(
            await upload(
              residentSession,
              draftId,
              'documentazione_fotografica',
              await signAs(resident, format, { defect }),
            ),
            422,
          );
          expect(refused.code).toBe(code);
          expect(refused.field).toBe('file');
          expect(refused.detail.length).toBeGreaterThan(20);
          const after = await testDb().query(
            'SELECT count(*)::int AS n FROM permit_draft_attachment WHERE draft_id = $1',
            [draftId],
          );
          expect(after.rows[0].n).toBe(before.rows[0].n);
        });
      }
    }

    it('should refuse an unsigned PDF with SIGNATURE_MISSING', async () => {
      const refused = await problem(await upload(residentSession, draftId, 'modulo', await samplePdf()), 422);
      expect(refused.code).toBe('SIGNATURE_MISSING');
    });

    it('should refuse an unknown kind and enforce the per-kind count, storing a re-sent file once', async () => {
      const signed = await signAs(resident, 'pades');
      expect((await problem(await upload(residentSession, draftId, 'segreto', signed), 400)).field).toBe(
        'kind',
      );
      const first = await ok<{ id: string }>(await upload(residentSession, draftId, 'modulo', signed), 201);
      const again = await ok<{ id: string }>(await upload(residentSession, draftId, 'modulo', signed), 201);
      expect(again.id).toBe(first.id);
      const second = await signAs(resident, 'pades');
      expect((await problem(await upload(residentSession, draftId, 'modulo', second), 422)).code).toBe(
        'ATTACHMENT_LIMIT_REACHED',
      );
      const removed = await residentSession.fetch(`/api/permits/drafts/${draftId}/attachments/${first.id}`, {
        method: 'DELETE',
      });
      expect(removed.status).toBe(204);
      await ok(await upload(residentSession, draftId, 'modulo', second), 201);
    });
  });

  describe('required sections and attachments per type', () => {
    for (const type of PRACTICE_TYPES) {
      it(`should refuse to file an empty ${type} naming every required section and attachment`, async () => {
        const id = await newDraft(residentSession, type);
        await ok(await residentSession.fetch(`/api/permits/drafts/${id}`, json('PUT', { titolare: null })));
        const refused = await problem(
          await residentSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
          422,
        );
        expect(refused.code).toBe('DRAFT_INCOMPLETE');
        const fields = (refused.missing ?? []).map((item) => item.field);
        const requirements = FILING_REQUIREMENTS[type];
        expect(fields).toEqual(
          expect.arrayContaining([
            ...requirements.sections.map((section) => `sections.${section}`),
            ...requirements.attachments.map((kind) => `attachments.${kind}`),
          ]),
        );
        expect(fields.includes('sections.tecnico')).toBe(requirements.sections.includes('tecnico'));
      });
    }

    it('should refuse a section with a bad field, naming it, and keep the saved ones', async () => {
      const id = await newDraft(residentSession, 'CILA');
      const body = sections(resident, technician);
      const refused = await problem(
        await residentSession.fetch(
          `/api/permits/drafts/${id}`,
          json('PUT', {
            immobile: { ...body.immobile, cadastre: { ...body.immobile.cadastre, sheet: 'x'.repeat(40) } },
          }),
        ),
        400,
      );
      expect(JSON.stringify(refused)).toContain('immobile.cadastre.sheet');
      const saved = await ok<DraftView>(
        await residentSession.fetch(`/api/permits/drafts/${id}`, json('PUT', body)),
      );
      const stale = await problem(
        await residentSession.fetch(
          `/api/permits/drafts/${id}`,
          json('PUT', { expectedVersion: saved.version - 1 }),
        ),
        409,
      );
      expect(stale.code).toBe('DRAFT_VERSION_CONFLICT');
    });
  });

  describe('a technician files a CILA for a resident', () => {
    it('should file once, give the parties the practice and a sealed receipt, and put it in the queue', async () => {
      await ok(
        await technicianSession.fetch(
          '/api/me/technician-profile',
          json('PUT', {
            professionalOrder: 'Ordine degli Ingegneri',
            registrationNumber: 'A123',
            province: 'cr',
            pec: 'tec@pec.example.test',
          }),
        ),
      );
      const id = await newDraft(technicianSession, 'CILA');
      const prefilled = await ok<DraftView>(await technicianSession.fetch(`/api/permits/drafts/${id}`));
      expect(prefilled.sections.tecnico).toMatchObject({ fiscalCode: technician.fiscalCode, province: 'CR' });
      // The office charges diritti di segreteria for a CILA: the filing is paid with pagoPA before it is sent.
      const officer = newIdentity();
      await grantRoles(officer.fiscalCode, ['permits']);
      const office = await loginAs(officer);
      await ok(
        await office.fetch(
          '/api/staff/permits/fee-tariffs',
          json('PUT', {
            tariffs: [{ practiceType: 'CILA', amount: '50.50', description: 'Diritti di segreteria CILA' }],
          }),
        ),
      );
      const owed = await ok<DraftView>(await technicianSession.fetch(`/api/permits/drafts/${id}`));
      expect(owed.fees).toMatchObject({ status: 'due', paymentReference: null });
      expect(owed.fees.amountCents).toBeGreaterThan(0);
      // A co-owner is a co-titolare: a party of the filed practice, who sees it.
      const coOwner = newIdentity();
      await ok(
        await technicianSession.fetch(
          `/api/permits/drafts/${id}`,
          json('PUT', sections(resident, technician, [coOwner])),
        ),
      );
      for (const kind of ['modulo', 'relazione_tecnica', 'elaborati_grafici']) {
        await ok(await upload(technicianSession, id, kind, await signAs(technician, 'pades')), 201);
      }
      const noProxy = await problem(
        await technicianSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
        422,
      );
      expect(noProxy.missing).toEqual([{ field: 'attachments.delega', reason: 'proxy_missing' }]);

      const proxyByTechnician = await ok<{ id: string }>(
        await upload(technicianSession, id, 'delega', await signAs(technician, 'cades'), 'delega.pdf.p7m'),
        201,
      );
      expect(
        (
          await problem(
            await technicianSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
            422,
          )
        ).code,
      ).toBe('PROXY_SIGNER_MISMATCH');
      await technicianSession.fetch(`/api/permits/drafts/${id}/attachments/${proxyByTechnician.id}`, {
        method: 'DELETE',
      });
      await ok(
        await upload(technicianSession, id, 'delega', await signAs(resident, 'cades'), 'delega.pdf.p7m'),
        201,
      );

      const unpaid = await problem(
        await technicianSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
        422,
      );
      expect(unpaid.code).toBe('FILING_FEE_NOT_PAID');
      const notice = await ok<{ id: string; noticeNumber: string; status: string; amount: string }>(
        await technicianSession.fetch(`/api/permits/drafts/${id}/fee-payment`, { method: 'POST' }),
        201,
      );
      expect(notice.status).toBe('due');
      expect(notice.amount).toBe((owed.fees.amountCents! / 100).toFixed(2));
      const again = await ok<{ id: string }>(
        await technicianSession.fetch(`/api/permits/drafts/${id}/fee-payment`, { method: 'POST' }),
        200,
      );
      expect(again.id).toBe(notice.id);
      const feeNotices = await ok<{ items: { id: string }[] }>(
        await technicianSession.fetch('/api/payments'),
      );
      expect(feeNotices.items.map((item) => item.id)).toContain(notice.id);
      const paid = await fetch(`${federationUrl}/pagopa/_sandbox/pay/${notice.noticeNumber}`, {
        method: 'POST',
      });
      expect(paid.status).toBeLessThan(400);
      await expect
        .poll(
          async () =>
            (await ok<DraftView>(await technicianSession.fetch(`/api/permits/drafts/${id}`))).fees.status,
          { timeout: 30_000 },
        )
        .toBe('paid');

      // Two clicks on "Invia" at once: one filing.
      const [first, second] = await Promise.all([
        technicianSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
        technicianSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
      ]);
      const a = await ok<{ practiceId: string; protocolNumber: string; receiptUrl: string }>(first, 201);
      const b = await ok<{ practiceId: string; protocolNumber: string; receiptUrl: string }>(second, 201);
      expect(b).toEqual(a);
      expect(a.protocolNumber).toMatch(/^\d{7}\/\d{4}$/);
      const practices = await testDb().query(
        'SELECT count(*)::int AS n FROM permit_practice WHERE protocol_number = $1',
        [a.protocolNumber],
      );
      expect(practices.rows[0].n).toBe(1);

      const mine = await ok<ResidentPracticeListView>(await residentSession.fetch('/api/permits'));
      const listed = mine.items.find((item: { id: string }) => item.id === a.practiceId);
      expect(listed).toBeDefined();
      expect(listed).toMatchObject({
        state: initialState('CILA'),
        protocolNumber: a.protocolNumber,
        protocolDate: today,
      });

      const coOwnerSession = await loginAs(coOwner);
      const coOwned = await ok<ResidentPracticeListView>(await coOwnerSession.fetch('/api/permits'));
      expect(coOwned.items.map((item: { id: string }) => item.id)).toContain(a.practiceId);
      expect((await coOwnerSession.fetch(`/api/permits/${a.practiceId}`)).status).toBe(200);
      expect((await coOwnerSession.fetch(a.receiptUrl)).status).toBe(200);

      const receipt = await residentSession.fetch(a.receiptUrl);
      expect(receipt.status).toBe(200);
      expect(receipt.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await receipt.arrayBuffer());
      expect(pdf.includes('/ByteRange')).toBe(true);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
      writeFileSync(path.join(dir, 'r.pdf'), pdf);
      const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain(a.protocolNumber);
      expect(text).toContain('Sportello Unico');
      expect(text).not.toContain(resident.fiscalCode);

      const stranger = await loginAs(newIdentity());
      expect((await stranger.fetch(a.receiptUrl)).status).toBe(404);
      expect((await stranger.fetch(`/api/permits/drafts/${id}`)).status).toBe(404);

      const clerkIdentity = newIdentity();
      await grantRoles(clerkIdentity.fiscalCode, ['permits']);
      const clerk = await loginAs(clerkIdentity);
      const staffView = await ok<{
        state: string;
        parties: { role: string; fiscalCode: string }[];
        documents: unknown[];
      }>(await clerk.fetch(`/api/staff/permits/${a.practiceId}`));
      expect(staffView.state).toBe(initialState('CILA'));
      expect(staffView.parties.map((party) => party.role).sort()).toEqual([
        'applicant',
        'co_applicant',
        'technician',
      ]);
      expect(staffView.parties.find((party) => party.role === 'co_applicant')?.fiscalCode).toBe(
        coOwner.fiscalCode,
      );
      expect(staffView.documents).toHaveLength(4);

      expect(
        (
          await problem(
            await technicianSession.fetch(`/api/permits/drafts/${id}`, json('PUT', { titolare: null })),
            409,
          )
        ).code,
      ).toBe('DRAFT_ALREADY_SUBMITTED');
    });
  });

  describe('integrations answered online with signed documents', () => {
    it('should refuse an unsigned file and attach the PDF of a signed .p7m to the open request', async () => {
      const applicant = newIdentity();
      const applicantSession = await loginAs(applicant);
      const clerkIdentity = newIdentity();
      await grantRoles(clerkIdentity.fiscalCode, ['permits']);
      const clerk = await loginAs(clerkIdentity);
      const registered = await ok<{ id: string; version: number }>(
        await clerk.fetch(
          '/api/staff/permits',
          json('POST', {
            type: 'CILA',
            protocolNumber: `${randomInt(1, 1e9)}/${today.slice(0, 4)}`,
            protocolDate: today,
            address: 'Via Integrazioni 3',
            cadastral: { sheet: '5', parcel: '120' },
            description: 'Manutenzione straordinaria',
            parties: [
              {
                role: 'applicant',
                fiscalCode: applicant.fiscalCode,
                givenName: applicant.givenName,
                familyName: applicant.familyName,
              },
            ],
          }),
        ),
        201,
      );
      const move = async (to: string, extra: Record<string, unknown> = {}) => {
        const current = await ok<{ version: number }>(
          await clerk.fetch(`/api/staff/permits/${registered.id}`),
        );
        await ok(
          await clerk.fetch(
            `/api/staff/permits/${registered.id}/transitions`,
            json('POST', { to, expectedVersion: current.version, ...extra }),
          ),
        );
      };
      await move('under_check');
      await move('integration_requested', { dueDate: addDays(today, 20), requestedDocuments: ['Tavola 3'] });
      const url = `/api/permits/${registered.id}/signed-documents`;
      const send = (file: Buffer, name: string) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file)]), name);
        return applicantSession.fetch(url, { method: 'POST', body: form });
      };
      expect((await problem(await send(await samplePdf(), 'tavola-3.pdf'), 422)).code).toBe(
        'SIGNATURE_MISSING',
      );
      expect(
        (
          await problem(
            await send(await signAs(applicant, 'cades', { defect: 'unknown-ca' }), 'tavola-3.pdf.p7m'),
            422,
          )
        ).code,
      ).toBe('SIGNATURE_UNTRUSTED_CA');
      const stored = await ok<{ fileName: string; mediaType: string }>(
        await send(await signAs(applicant, 'cades'), 'tavola-3.pdf.p7m'),
        201,
      );
      expect(stored).toMatchObject({
        fileName: 'tavola-3.pdf',
        mediaType: 'application/pdf',
        signatureFormat: 'cades',
        signerName: `${applicant.givenName} ${applicant.familyName}`,
        signerFiscalCode: applicant.fiscalCode,
      });
      // The signer is kept with the practice's document: the parties and the office read it on every later visit.
      type Documents = { documents: { fileName: string; signature: Record<string, unknown> | null }[] };
      for (const view of [
        await ok<Documents>(await applicantSession.fetch(`/api/permits/${registered.id}`)),
        await ok<Documents>(await clerk.fetch(`/api/staff/permits/${registered.id}`)),
      ]) {
        expect(view.documents.find((document) => document.fileName === 'tavola-3.pdf')?.signature).toEqual({
          signerName: `${applicant.givenName} ${applicant.familyName}`,
          signerFiscalCode: applicant.fiscalCode,
          signedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          format: 'cades',
        });
      }
    });
  });

  describe('comunicazione di fine lavori', () => {
    it('should file a CFL naming its title and end date, in force at once, with no term and no silence-consent', async () => {
      const id = await newDraft(residentSession, 'CFL');
      const body = sections(resident, technician);
      await ok(await residentSession.fetch(`/api/permits/drafts/${id}`, json('PUT', body)));
      await ok(await upload(residentSession, id, 'modulo', await signAs(resident, 'pades')), 201);
      const incomplete = await problem(
        await residentSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
        422,
      );
      expect(incomplete.missing).toEqual([
        { field: 'sections.intervento.titleReference', reason: 'detail_missing' },
        { field: 'sections.intervento.worksEnd', reason: 'detail_missing' },
        { field: 'attachments.collaudo_fine_lavori', reason: 'attachment_missing' },
      ]);
      expect(incomplete.detail).toContain('dato da indicare');

      const title = `CILA prot. 00${randomInt(10000, 99999)}/2025 del 12/03/2025`;
      await ok(
        await residentSession.fetch(
          `/api/permits/drafts/${id}`,
          json('PUT', {
            intervento: { ...body.intervento, titleReference: title, worksEnd: addDays(today, -3) },
          }),
        ),
      );
      await ok(
        await upload(
          residentSession,
          id,
          'collaudo_fine_lavori',
          await signAs(technician, 'cades'),
          'collaudo.pdf.p7m',
        ),
        201,
      );
      const filed = await ok<{ practiceId: string; protocolNumber: string }>(
        await residentSession.fetch(`/api/permits/drafts/${id}/submit`, { method: 'POST' }),
        201,
      );
      const practice = await ok<{
        type: string;
        typeLabel: string;
        state: string;
        description: string;
        legalClock: { kind: string; explanation: string; silentConsentDate?: string | null };
        documents: {
          fileName: string;
          signature: { signerFiscalCode: string | null; format: string } | null;
        }[];
      }>(await residentSession.fetch(`/api/permits/${filed.practiceId}`));
      expect(practice).toMatchObject({ type: 'CFL', state: initialState('CFL') });
      expect(practice.state).toBe('effective');
      expect(practice.description).toContain(`fine lavori del titolo ${title}`);
      expect(practice.legalClock.kind).toBe('no_legal_term');
      expect(practice.legalClock.silentConsentDate ?? null).toBeNull();
      expect(practice.legalClock.explanation).toMatch(/non prevede il silenzio-assenso/);
      // Filing attachments keep their signer on the practice too.
      expect(
        practice.documents.find((document) => document.fileName === 'collaudo.pdf')?.signature,
      ).toMatchObject({
        signerFiscalCode: technician.fiscalCode,
        format: 'cades',
      });
    });
  });

  describe('protocol register', () => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, poolSize: 20 }).initialize();
    });
    afterAll(async () => {
      await dataSource?.destroy();
    });

    it('should number 50 concurrent filings 1..50 with no gap or duplicate, and give back a rolled-back number', async () => {
      const register = new LocalProtocolRegister();
      // A year no other test files in, so the count starts at 1.
      const year = 2100 + randomInt(0, 800);
      const registeredAt = new Date(`${year}-06-15T10:00:00Z`);
      const entry = {
        direction: 'incoming' as const,
        subject: 'Prova',
        office: 'SUE',
        correspondent: 'Prova',
        registeredAt,
      };
      const rolledBack = await dataSource
        .transaction(async (manager) => {
          await register.register(entry, manager);
          throw new Error('filing failed after numbering');
        })
        .catch((error: Error) => error.message);
      expect(rolledBack).toBe('filing failed after numbering');
      const numbers = await Promise.all(
        Array.from({ length: 50 }, () =>
          dataSource.transaction(async (manager) => {
            const registration = await register.register(entry, manager);
            await new Promise((resolve) => setTimeout(resolve, randomInt(0, 5)));
            return registration.number;
          }),
        ),
      );
      expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      const stored = await testDb().query(
        'SELECT number FROM protocol_entry WHERE year = $1 ORDER BY number',
        [year],
      );
      expect(stored.rows.map((row: { number: number }) => row.number)).toEqual(numbers.sort((x, y) => x - y));
    });
  });
});
