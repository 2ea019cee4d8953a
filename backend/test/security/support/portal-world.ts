import { randomInt } from 'node:crypto';
import { grantRoles } from '../../support/db.js';
import { newIdentity, type TestIdentity } from '../../support/factories.js';
import { type SeededHousehold, seedHousehold } from '../../support/registry-factories.js';
import { loginAs, type TestSession } from '../../support/session.js';

export const CALLERS = [
  'anonymous',
  'residentA',
  'residentB',
  'registry',
  'permits',
  'taxes',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];
export type StaffCaller = Exclude<Caller, 'anonymous' | 'residentA' | 'residentB'>;

export const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1a5520000000049454e44ae426082',
  'hex',
);

/** Resident A's data, which every other caller must be refused. */
export interface ResidentAData {
  household: SeededHousehold;
  /** A's person id and that of a member of A's household. */
  personId: string;
  memberId: string;
  practiceId: string;
  practiceDocumentId: string;
  certificateId: string;
  certificateCode: string;
  correctionId: string;
  messageId: string;
}

export interface PortalWorld {
  identities: Record<Exclude<Caller, 'anonymous'>, TestIdentity>;
  sessions: Record<Exclude<Caller, 'anonymous'>, TestSession>;
  a: ResidentAData;
}

const STAFF_ROLES: Record<StaffCaller, 'registry' | 'permits' | 'taxes' | 'admin'> = {
  registry: 'registry',
  permits: 'permits',
  taxes: 'taxes',
  admin: 'admin',
};

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const postJson = (session: TestSession, path: string, body: unknown) =>
  session.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/**
 * Two residents of the registry (A with a family member, B alone), one clerk per office and an admin who are not
 * in the registry, all logged in; and A's own data made through the API: a practice where A applies (with a
 * document), a certificate, a rettifica request with evidence and the message the practice sent A.
 */
export async function buildPortalWorld(): Promise<PortalWorld> {
  const identities = {
    residentA: newIdentity(),
    residentB: newIdentity(),
    registry: newIdentity(),
    permits: newIdentity(),
    taxes: newIdentity(),
    admin: newIdentity(),
  };
  const household = await seedHousehold([
    { identity: identities.residentA, relationshipCode: '01' },
    { relationshipCode: '02' },
  ]);
  await seedHousehold([{ identity: identities.residentB, relationshipCode: '01' }]);
  for (const caller of Object.keys(STAFF_ROLES) as StaffCaller[]) {
    await grantRoles(identities[caller].fiscalCode, [STAFF_ROLES[caller]]);
  }
  const entries = await Promise.all(
    (Object.keys(identities) as (keyof typeof identities)[]).map(
      async (caller) => [caller, await loginAs(identities[caller])] as const,
    ),
  );
  const sessions = Object.fromEntries(entries) as PortalWorld['sessions'];
  const [personA, member] = household.members;

  const today = new Date().toISOString().slice(0, 10);
  const practice = (await expectStatus(
    await postJson(sessions.permits, '/api/staff/permits', {
      type: 'SCIA',
      protocolNumber: `${randomInt(1, 1e9)}/${today.slice(0, 4)}`,
      protocolDate: today,
      address: 'Via Roma 1',
      cadastral: { sheet: '5', parcel: '120' },
      description: 'Ampliamento di un edificio residenziale',
      parties: [
        {
          role: 'applicant',
          fiscalCode: personA.fiscalCode,
          givenName: personA.givenName,
          familyName: personA.familyName,
          email: `${personA.fiscalCode.toLowerCase()}@example.test`,
        },
      ],
    }),
    201,
    'register a practice for A',
  )) as { id: string };
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'relazione.pdf');
  const document = (await expectStatus(
    await sessions.permits.fetch(`/api/staff/permits/${practice.id}/documents`, {
      method: 'POST',
      body: form,
    }),
    201,
    'upload a document to A’s practice',
  )) as { id: string };

  const certificate = (await expectStatus(
    await postJson(sessions.residentA, '/api/certificates', {
      type: 'residence',
      subjectId: personA.id,
      stampDuty: { exemption: 'pension' },
    }),
    201,
    'issue a certificate to A',
  )) as { id: string; code: string };

  const correctionForm = new FormData();
  correctionForm.set('field', 'birth_place');
  correctionForm.set('currentValue', "Spino d'Adda");
  correctionForm.set('requestedValue', 'Crema');
  correctionForm.set('reason', 'Sono nato all’ospedale di Crema, come da atto allegato.');
  correctionForm.set('attachment', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'atto.png');
  const correction = (await expectStatus(
    await sessions.residentA.fetch('/api/registry/me/corrections', { method: 'POST', body: correctionForm }),
    201,
    'submit a rettifica request as A',
  )) as { id: string };

  const inbox = (await expectStatus(
    await sessions.residentA.fetch('/api/messages'),
    200,
    'read A’s messages',
  )) as { items: { id: string }[] };
  if (!inbox.items[0]) throw new Error('registering the practice sent A no message');

  return {
    identities,
    sessions,
    a: {
      household,
      personId: personA.id,
      memberId: member.id,
      practiceId: practice.id,
      practiceDocumentId: document.id,
      certificateId: certificate.id,
      certificateCode: certificate.code,
      correctionId: correction.id,
      messageId: inbox.items[0].id,
    },
  };
}
