import { randomInt, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfsigReport, pdfText } from '../src/certificates/pdf/poppler.fixtures.js';
import { anprPersonId } from '../src/registry/anpr/anpr-records.js';
import { addAnprPersons } from './support/anpr-sandbox.js';
import { testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

// Runs with the local registry (`e2e`) and with ANPR through PDND (`e2e-anpr`): the people are seeded where the
// portal reads them. ANPR gives no citizenship, marital status, registry events or office block, so the types
// that print them are refused there (422 CERTIFICATE_TYPE_NOT_AVAILABLE), as each test asserts.
const { backendUrl, federationUrl, registrySource } = inject('stack');
const anpr = registrySource === 'anpr';

const ART_40 =
  'Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o ai privati gestori di pubblici servizi';

// --- Registry seeding: rows as the registry migration defines them ------------------------------------

interface SeededPerson extends TestIdentity {
  id: string;
  birthPlaceName: string;
  maritalStatus: string;
  status: string;
}

const PLACES: Record<string, { name: string; printed: string }> = {
  I914: { name: "Spino d'Adda", printed: "Spino d'Adda (CR)" },
  F205: { name: 'Milano', printed: 'Milano (MI)' },
  D142: { name: 'Crema', printed: 'Crema (CR)' },
  Z600: { name: 'Argentina', printed: 'Argentina' },
};

async function insertPerson(
  identity: TestIdentity,
  fields: { maritalStatus: string; status?: string; citizenship?: string; blocked?: string },
): Promise<SeededPerson> {
  const birthPlaceName = PLACES[identity.birthPlaceCode]?.name ?? identity.birthPlaceCode;
  const status = fields.status ?? 'resident';
  // ANPR: the person is added with the household (insertHousehold), under ANPR's id.
  if (anpr) {
    return {
      ...identity,
      id: anprPersonId(identity.fiscalCode),
      birthPlaceName,
      maritalStatus: fields.maritalStatus,
      status,
    };
  }
  const { rows } = await testDb().query<{ id: string }>(
    `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
       birth_place_name, citizenship, marital_status, status, record_blocked, record_blocked_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      identity.fiscalCode,
      identity.familyName,
      identity.givenName,
      identity.sex,
      identity.birthDate,
      identity.birthPlaceCode,
      birthPlaceName,
      fields.citizenship ?? 'IT',
      fields.maritalStatus,
      status,
      fields.blocked !== undefined,
      fields.blocked ?? null,
    ],
  );
  return { ...identity, id: rows[0].id, birthPlaceName, maritalStatus: fields.maritalStatus, status };
}

/** The household's members as rows of the ANPR sandbox's population (the registry import's columns). */
async function addToAnpr(
  code: string,
  address:
    | { street: string; civic: string; internal?: string }
    | { abroadCountry: string; locality: string; line: string },
  members: { person: SeededPerson; code: string; entry: string }[],
): Promise<void> {
  const where: Record<string, string> =
    'street' in address
      ? {
          street_code: code,
          street_toponym: 'Via',
          street_name: address.street,
          civic_number: address.civic,
          internal: address.internal ?? '',
        }
      : {
          abroad_country_code: address.abroadCountry,
          abroad_locality: address.locality,
          abroad_address: address.line,
        };
  await addAnprPersons(
    federationUrl,
    members.map(({ person, code: relationship, entry }) => ({
      household_code: code,
      relationship_code: relationship,
      entry_date: entry,
      ...where,
      fiscal_code: person.fiscalCode,
      family_name: person.familyName,
      given_name: person.givenName,
      sex: person.sex,
      birth_date: person.birthDate,
      birth_place_code: person.birthPlaceCode,
      birth_place_name: person.birthPlaceName,
      status: person.status,
    })),
  );
}

async function insertHousehold(
  address:
    | { street: string; civic: string; internal?: string }
    | { abroadCountry: string; locality: string; line: string },
  members: { person: SeededPerson; code: string; entry: string }[],
): Promise<string> {
  const code = `T${randomUUID().slice(0, 12)}`;
  if (anpr) {
    await addToAnpr(code, address, members);
    return code;
  }
  const db = testDb();
  let householdId: string;
  if ('street' in address) {
    const street = await db.query<{ id: number }>(
      `INSERT INTO registry_street (code, toponym, name) VALUES ($1, 'Via', $2) RETURNING id`,
      [code, address.street],
    );
    const household = await db.query<{ id: string }>(
      `INSERT INTO registry_household (code, street_id, civic_number, internal, head_person_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [code, street.rows[0].id, address.civic, address.internal ?? null, members[0].person.id],
    );
    householdId = household.rows[0].id;
  } else {
    const household = await db.query<{ id: string }>(
      `INSERT INTO registry_household (code, abroad_country_code, abroad_locality, abroad_address, head_person_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [code, address.abroadCountry, address.locality, address.line, members[0].person.id],
    );
    householdId = household.rows[0].id;
  }
  for (const member of members) {
    await db.query(
      `INSERT INTO registry_household_member (household_id, person_id, relationship_code, entry_date)
       VALUES ($1, $2, $3, $4)`,
      [householdId, member.person.id, member.code, member.entry],
    );
  }
  return householdId;
}

/** A registry event (marriage, AIRE registration) of the local registry; ANPR's AR001 and FS001 carry none. */
async function insertEvent(person: SeededPerson, kind: string, date: string, placeCode: string) {
  if (anpr) return;
  await testDb().query(
    `INSERT INTO registry_event (person_id, kind, event_date, place_code, place_name) VALUES ($1, $2, $3, $4, $5)`,
    [person.id, kind, date, placeCode, PLACES[placeCode]?.name ?? placeCode],
  );
}

interface Family {
  head: SeededPerson;
  spouse: SeededPerson;
  child: SeededPerson;
  street: string;
  marriageDate: string;
}

/** A married couple and their child in Via <random> n. 12 int. 3, married in Spino d'Adda. */
async function seedFamily(): Promise<Family> {
  const head = await insertPerson(
    newIdentity({ sex: 'M', birthDate: '1975-04-21', birthPlaceCode: 'I914' }),
    {
      maritalStatus: 'married',
    },
  );
  const spouse = await insertPerson(
    newIdentity({ sex: 'F', birthDate: '1978-09-03', birthPlaceCode: 'F205' }),
    { maritalStatus: 'married' },
  );
  const child = await insertPerson(
    newIdentity({ sex: 'M', birthDate: '2009-02-14', birthPlaceCode: 'D142' }),
    {
      maritalStatus: 'single',
    },
  );
  const street = `Dei Test ${randomInt(1_000_000)}`;
  await insertHousehold({ street, civic: '12', internal: '3' }, [
    { person: head, code: '01', entry: '2004-06-01' },
    { person: spouse, code: '02', entry: '2004-06-01' },
    { person: child, code: '03', entry: '2009-02-14' },
  ]);
  const marriageDate = '2004-05-15';
  await insertEvent(head, 'marriage', marriageDate, 'I914');
  await insertEvent(spouse, 'marriage', marriageDate, 'I914');
  return { head, spouse, child, street, marriageDate };
}

// --- Helpers ----------------------------------------------------------------------------------------------

function italianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function todayInRome(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

function upperName(person: TestIdentity): string {
  return `${person.familyName} ${person.givenName}`.toUpperCase();
}

function born(person: SeededPerson): string {
  return `nat${person.sex === 'F' ? 'a' : 'o'} a ${PLACES[person.birthPlaceCode].printed} il ${italianDate(person.birthDate)}`;
}

/** 422 CERTIFICATE_TYPE_NOT_AVAILABLE naming the refused type, with its Italian reason. */
async function expectNotAvailable(response: Response, field: string | RegExp): Promise<void> {
  expect(response.status).toBe(422);
  expect(await problemOf(response)).toMatchObject({
    code: 'CERTIFICATE_TYPE_NOT_AVAILABLE',
    field: typeof field === 'string' ? field : expect.stringMatching(field),
    detail: expect.stringMatching(/non disponibile/),
  });
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as {
    code: string;
    detail: string;
    field?: string;
    title: string;
    type: string;
  };
}

function postJson(session: TestSession, path: string, body: unknown) {
  return session.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

interface Created {
  id: string;
  code: string;
  downloadUrl: string;
}

async function issue(session: TestSession, body: Record<string, unknown>): Promise<Created> {
  const response = await postJson(session, '/api/certificates', body);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Created;
}

async function download(session: TestSession, created: Created): Promise<Buffer> {
  const response = await session.fetch(created.downloadUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="certificato-/);
  return Buffer.from(await response.arrayBuffer());
}

async function storedRow(id: string) {
  const { rows } = await testDb().query<{
    seal_token: string;
    pdf: Buffer;
    pdf_sha256: string;
    code: string;
  }>('SELECT seal_token, pdf, pdf_sha256, code FROM issued_certificate WHERE id = $1', [id]);
  return rows[0];
}

/** A client address of its own (IPv6 documentation prefix), so no call shares another's rate limit. */
function clientAddress(): string {
  return `2001:db8:${randomInt(65_536).toString(16)}:${randomInt(65_536).toString(16)}::1`;
}

function verifyPublicly(code: string, options: { token?: string; address?: string } = {}) {
  const query = options.token === undefined ? '' : `?s=${encodeURIComponent(options.token)}`;
  return fetch(`${backendUrl}/api/public/certificates/${encodeURIComponent(code)}${query}`, {
    headers: { 'x-forwarded-for': options.address ?? clientAddress() },
  });
}

async function issuedCount(requester: string): Promise<number> {
  const { rows } = await testDb().query<{ count: string }>(
    'SELECT count(*) FROM issued_certificate WHERE requester_fiscal_code = $1',
    [requester],
  );
  return Number(rows[0].count);
}

const EXEMPT = { exemption: 'pension' };
/** The types of a resident with ANPR, which gives generalità, residence and household, nothing else. */
const ANPR_TYPES = ['residence', 'household', 'household_relationships', 'birth', 'existence'];
/** ... which the local registry offers too, with those that print citizenship and marital status. */
const COMMON_TYPES = [...ANPR_TYPES, 'citizenship', 'marital_status'];
const NO_MARITAL_STATUS = "Lo stato civile non risulta registrato: contattare l'ufficio anagrafe.";
const EXEMPT_STATEMENT =
  "Esente dall'imposta di bollo per uso pensione (anche esistenza in vita per fini pensionistici) ai sensi di D.P.R. 642/1972, Tabella B, art. 9.";

function marcaId(): string {
  return Array.from({ length: 14 }, () => randomInt(10)).join('');
}

type Availability = { code: string; name: string; available: boolean; reason?: string };

async function availableTypes(session: TestSession, personId: string): Promise<Availability[]> {
  const response = await session.fetch(`/api/certificates/types?subject=${personId}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { types: Availability[] }).types;
}

// --- The tests ---------------------------------------------------------------------------------------------

describe('certificati anagrafici', () => {
  let family: Family;
  let session: TestSession;

  beforeAll(async () => {
    family = await seedFamily();
    session = await loginAs(family.head);
  });

  it('should list the caller and their family, with the relationship printed on certificates', async () => {
    const response = await session.fetch('/api/certificates/subjects');
    expect(response.status).toBe(200);
    const { subjects } = (await response.json()) as {
      subjects: { personId: string; relationship: string; self: boolean }[];
    };
    expect(subjects).toEqual([
      expect.objectContaining({ personId: family.head.id, relationship: 'intestatario', self: true }),
      expect.objectContaining({ personId: family.spouse.id, relationship: 'moglie', self: false }),
      expect.objectContaining({ personId: family.child.id, relationship: 'figlio', self: false }),
    ]);
  });

  it('should show in each family member’s access log that their data were read for a certificate, and why', async () => {
    expect((await session.fetch('/api/certificates/subjects')).status).toBe(200);
    const spouse = await loginAs(family.spouse);
    const { items } = (await (await spouse.fetch('/api/registry/me/access-log?limit=100')).json()) as {
      items: { who: { kind: string; name: string }; what: string; why: string | null }[];
    };
    const byHead = items.filter(
      (item) =>
        item.who.kind === 'household_member' &&
        item.who.name === `${family.head.givenName} ${family.head.familyName}`,
    );
    expect(byHead).toContainEqual(
      expect.objectContaining({ why: 'Scelta della persona per cui richiedere un certificato' }),
    );
    // Through ANPR the national registry was consulted for them: that consultation is logged too, with its purpose.
    const consulted = expect.objectContaining({
      what: 'Elenco delle persone per cui chiedere un certificato',
      why: 'Rilascio di certificato anagrafico richiesto dal cittadino',
    });
    if (anpr) expect(byHead).toContainEqual(consulted);
    else expect(byHead).not.toContainEqual(consulted);
  });

  it('should offer only the types that apply, each unavailable one with its Italian reason', async () => {
    const forHead = await availableTypes(session, family.head.id);
    expect(forHead.filter((type) => type.available).map((type) => type.code)).toEqual(
      anpr
        ? ANPR_TYPES
        : [
            'residence',
            'household',
            'household_relationships',
            'household_marital_status',
            'birth',
            'citizenship',
            'existence',
            'marital_status',
            'marriage',
          ],
    );
    const freeStatus = forHead.find((type) => type.code === 'free_status')!;
    expect(freeStatus.reason).toBe(
      anpr
        ? NO_MARITAL_STATUS
        : 'La persona risulta coniugata: il certificato di stato libero non può essere rilasciato.',
    );
    if (anpr) {
      expect(forHead.find((type) => type.code === 'citizenship')).toMatchObject({
        available: false,
        reason: "La cittadinanza non risulta registrata: contattare l'ufficio anagrafe.",
      });
    }
    expect(forHead.find((type) => type.code === 'residence_aire')!.reason).toMatch(
      /^La persona risiede in Italia/,
    );
    const forChild = await availableTypes(session, family.child.id);
    expect(forChild.find((type) => type.code === 'free_status')).toMatchObject(
      anpr ? { available: false, reason: NO_MARITAL_STATUS } : { available: true },
    );
    expect(forChild.find((type) => type.code === 'marriage')).toMatchObject({
      available: false,
      reason: anpr ? NO_MARITAL_STATUS : 'Non risulta alcun matrimonio registrato per questa persona.',
    });
  });

  it('should issue every applicable type for self and for a family member, printing the registry data', async () => {
    const today = italianDate(todayInRome());
    const { head, spouse, child, street, marriageDate } = family;
    const address = `Via ${street} n. 12 int. 3`;
    const members = [head, spouse, child].map(upperName);
    const expected: Record<string, (subject: SeededPerson) => string[]> = {
      residence: () => [`Anagrafe della Popolazione Residente di questo Comune in ${address}.`],
      household: () => [address, ...members],
      household_relationships: () => [
        ...members,
        "Rapporto con l'intestatario",
        'intestatario',
        'moglie',
        'figlio',
      ],
      household_marital_status: () => [...members, 'Stato civile', 'coniugato', 'coniugata', 'celibe'],
      birth: (subject) => [`risulta ${born(subject)}.`],
      citizenship: () => ['risulta in possesso della cittadinanza italiana.'],
      existence: () => ['risulta in vita.'],
      marital_status: (subject) =>
        subject === head
          ? [
              `risulta di stato civile coniugato con ${upperName(spouse)}, ${born(spouse)}; matrimonio celebrato a Spino d'Adda (CR) il ${italianDate(marriageDate)}.`,
            ]
          : ['risulta di stato civile celibe.'],
      free_status: () => ['risulta di stato libero (celibe).'],
      marriage: () => [
        `ha contratto matrimonio con ${upperName(spouse)}, ${born(spouse)}, a Spino d'Adda (CR) il ${italianDate(marriageDate)}.`,
      ],
    };
    for (const subject of [head, child]) {
      const types = (await availableTypes(session, subject.id)).filter((type) => type.available);
      expect(types.map((type) => type.code)).toEqual(
        expect.arrayContaining(anpr ? ANPR_TYPES : COMMON_TYPES),
      );
      for (const type of types) {
        const created = await issue(session, { type: type.code, subjectId: subject.id, stampDuty: EXEMPT });
        expect(created.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
        const text = pdfText(await download(session, created));
        for (const snippet of [
          "COMUNE DI SPINO D'ADDA",
          type.name.toUpperCase(),
          upperName(subject),
          born(subject),
          `codice fiscale ${subject.fiscalCode}`,
          ...expected[type.code](subject),
          EXEMPT_STATEMENT,
          ART_40,
          created.code,
          `Spino d'Adda, ${today}`,
          `Dati anagrafici alla data del ${today}.`,
        ]) {
          expect(text, `${type.code} for ${subject.givenName}`).toContain(snippet);
        }
      }
    }
  });

  it('should issue a certificato contestuale joining several types', async () => {
    const withCitizenship = {
      types: ['citizenship', 'residence', 'household_relationships'],
      subjectId: family.spouse.id,
      stampDuty: { marcaId: marcaId() },
    };
    if (anpr)
      await expectNotAvailable(await postJson(session, '/api/certificates', withCitizenship), 'types.0');
    const created = await issue(
      session,
      anpr ? { ...withCitizenship, types: ['residence', 'household_relationships'] } : withCitizenship,
    );
    const text = pdfText(await download(session, created));
    expect(text).toContain('CERTIFICATO CONTESTUALE');
    expect(text).toContain(
      anpr
        ? 'di residenza e stato di famiglia con rapporti di parentela'
        : 'di residenza, stato di famiglia con rapporti di parentela e cittadinanza',
    );
    if (!anpr) expect(text).toContain('risulta in possesso della cittadinanza italiana.');
    expect(text).toContain('la famiglia anagrafica alla quale appartiene risulta così composta:');
    expect(text).toContain('Spazio per la marca da bollo');
    expect(text).toMatch(/Imposta di bollo di € 16,00 assolta con marca da bollo n\. \d{14}/);

    const { rows } = await testDb().query<{ recipient: string; kind: string; content: unknown }>(
      "SELECT recipient, kind, content FROM notification_outbox WHERE resource_id = $1 AND channel = 'email'",
      [created.id],
    );
    // The same receipt goes to the requester's App IO too, addressed by codice fiscale.
    const { rows: io } = await testDb().query<{ recipient: string }>(
      "SELECT recipient FROM notification_outbox WHERE resource_id = $1 AND channel = 'app_io'",
      [created.id],
    );
    expect(io).toEqual([{ recipient: family.head.fiscalCode }]);
    expect(rows).toEqual([
      expect.objectContaining({
        recipient: `${family.head.fiscalCode.toLowerCase()}@example.test`,
        kind: 'certificates.issued',
      }),
    ]);
    const receipt = JSON.stringify(rows[0].content);
    expect(receipt).toContain(created.code);
    expect(receipt).not.toContain(family.spouse.fiscalCode);
    expect(receipt).not.toContain(family.spouse.familyName);
  });

  it('should seal every certificate: the QR token and the PAdES signature verify, and one changed byte breaks both', async () => {
    const created = await issue(session, { type: 'residence', subjectId: family.head.id, stampDuty: EXEMPT });
    const pdf = await download(session, created);
    const row = await storedRow(created.id);

    const report = pdfsigReport(pdf);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    const sealed = await verifyPublicly(created.code, { token: row.seal_token });
    expect(sealed.status).toBe(200);
    expect(await sealed.json()).toEqual({
      authentic: true,
      seal: 'valid',
      code: created.code,
      title: 'CERTIFICATO DI RESIDENZA',
      types: [{ code: 'residence', name: 'Certificato di residenza' }],
      issueDate: todayInRome(),
      municipality: "Comune di Spino d'Adda",
      subjectInitials: `${family.head.familyName[0]}. ${family.head.givenName[0]}.`.toUpperCase(),
    });

    const tampered = Buffer.from(pdf);
    const target = tampered.indexOf('/Creator');
    tampered[target + 1] = 'c'.charCodeAt(0);
    expect(pdfsigReport(tampered)).not.toContain('Signature is Valid');

    const signature = row.seal_token.split('.')[2];
    const flipped = signature[10] === 'A' ? 'B' : 'A';
    const forgedToken = `${row.seal_token.split('.').slice(0, 2).join('.')}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}`;
    const forged = await verifyPublicly(created.code, { token: forgedToken });
    expect(forged.status).toBe(200);
    expect(await forged.json()).toMatchObject({ authentic: false, seal: 'invalid' });

    // A valid token of another certificate does not seal this one.
    const other = await issue(session, { type: 'existence', subjectId: family.head.id, stampDuty: EXEMPT });
    const swapped = await verifyPublicly(created.code, { token: (await storedRow(other.id)).seal_token });
    expect(await swapped.json()).toMatchObject({ authentic: false, seal: 'invalid' });
  });

  it('should verify a code typed by hand, in any case and without dashes, with no personal data beyond the initials', async () => {
    const created = await issue(session, { type: 'birth', subjectId: family.child.id, stampDuty: EXEMPT });
    const response = await verifyPublicly(created.code.replaceAll('-', '').toLowerCase());
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ authentic: true, seal: 'not_provided', code: created.code });
    const serialized = JSON.stringify(body);
    for (const personal of [
      family.child.fiscalCode,
      family.child.familyName.toUpperCase(),
      family.child.birthDate,
    ]) {
      expect(serialized).not.toContain(personal);
    }
  });

  it('should answer unknown, malformed and altered codes alike, with a 404 problem', async () => {
    const created = await issue(session, { type: 'existence', subjectId: family.head.id, stampDuty: EXEMPT });
    const raw = created.code.replaceAll('-', '');
    const altered = `${raw.slice(0, 5)}${raw[5] === '7' ? '8' : '7'}${raw.slice(6)}`;
    const bodies = [];
    for (const code of [altered, 'ZZZZZZZZZZZZZZZZ', 'not-a-code', '0000000000000000', `${raw}0`]) {
      const response = await verifyPublicly(code);
      expect(response.status, code).toBe(404);
      const {
        instance: _instance,
        requestId: _requestId,
        ...problem
      } = (await problemOf(response)) as Record<string, unknown>;
      bodies.push(problem);
    }
    expect(bodies[0]).toMatchObject({ code: 'CERTIFICATE_CODE_NOT_FOUND', status: 404 });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it('should keep every certificate in the requester’s archive, newest first, and give back the same bytes', async () => {
    const first = await issue(session, { type: 'existence', subjectId: family.child.id, stampDuty: EXEMPT });
    // ANPR gives no citizenship: the second is then a birth certificate.
    const secondType = anpr ? 'birth' : 'citizenship';
    const second = await issue(session, { type: secondType, subjectId: family.spouse.id, stampDuty: EXEMPT });
    const response = await session.fetch('/api/certificates?limit=2');
    expect(response.status).toBe(200);
    const archive = (await response.json()) as {
      items: { id: string; code: string; subjectName: string; types: { code: string }[] }[];
      nextCursor: string | null;
    };
    expect(archive.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(archive.items[0]).toMatchObject({
      code: second.code,
      subjectName: upperName(family.spouse),
      types: [{ code: secondType }],
    });
    expect(archive.nextCursor).toBeTruthy();
    const next = (await (
      await session.fetch(`/api/certificates?limit=2&cursor=${archive.nextCursor}`)
    ).json()) as {
      items: { id: string }[];
    };
    expect(next.items.map((item) => item.id)).not.toContain(first.id);
    expect(next.items).toHaveLength(2);

    const once = await download(session, first);
    const again = await download(session, first);
    expect(again.equals(once)).toBe(true);
    const stored = await storedRow(first.id);
    expect(stored.pdf.equals(once)).toBe(true);
    // Kept out of line as it is: PostgreSQL does not spend CPU trying to compress a compressed PDF.
    const { rows } = await testDb().query<{ stored: number; bytes: number; storage: string }>(
      `SELECT pg_column_size(c.pdf) AS stored, octet_length(c.pdf) AS bytes,
              (SELECT a.attstorage FROM pg_attribute a
                WHERE a.attrelid = 'issued_certificate'::regclass AND a.attname = 'pdf') AS storage
         FROM issued_certificate c WHERE c.id = $1`,
      [first.id],
    );
    expect(rows[0]).toEqual({ stored: once.length, bytes: once.length, storage: 'e' });
  });

  it('should refuse somebody else’s certificate, and an id that cannot exist, as not found', async () => {
    const created = await issue(session, { type: 'existence', subjectId: family.head.id, stampDuty: EXEMPT });
    const stranger = await loginAs(newIdentity());
    const refused = await stranger.fetch(created.downloadUrl);
    expect(refused.status).toBe(404);
    expect((await problemOf(refused)).code).toBe('CERTIFICATE_NOT_FOUND');
    const malformed = await stranger.fetch('/api/certificates/123/pdf');
    expect(malformed.status).toBe(404);
    expect((await problemOf(malformed)).code).toBe('CERTIFICATE_NOT_FOUND');
    const archive = (await (await stranger.fetch('/api/certificates')).json()) as { items: unknown[] };
    expect(archive.items).toEqual([]);
  });

  it('should print a marca da bollo once and refuse it for a second certificate', async () => {
    const marca = marcaId();
    const grouped = `${marca.slice(0, 4)} ${marca.slice(4, 9)} ${marca.slice(9)}`;
    await issue(session, { type: 'residence', subjectId: family.head.id, stampDuty: { marcaId: grouped } });
    const before = await issuedCount(family.head.fiscalCode);
    const reused = await postJson(session, '/api/certificates', {
      type: 'existence',
      subjectId: family.child.id,
      stampDuty: { marcaId: marca },
    });
    expect(reused.status).toBe(409);
    expect(await problemOf(reused)).toMatchObject({
      code: 'STAMP_DUTY_MARCA_ALREADY_USED',
      field: 'stampDuty.marcaId',
    });
    expect(await issuedCount(family.head.fiscalCode)).toBe(before);
  });

  it('should refuse every bad request with an Italian problem and issue nothing', async () => {
    const stranger = await seedFamily();
    const cases: { body: Record<string, unknown>; status: number; code: string; field?: string }[] = [
      {
        body: { type: 'residence', subjectId: stranger.head.id, stampDuty: EXEMPT },
        status: 404,
        code: 'CERTIFICATE_SUBJECT_NOT_FOUND',
      },
      {
        body: { type: 'residence', subjectId: randomUUID(), stampDuty: EXEMPT },
        status: 404,
        code: 'CERTIFICATE_SUBJECT_NOT_FOUND',
      },
      {
        body: { type: 'free_status', subjectId: family.head.id, stampDuty: EXEMPT },
        status: 422,
        code: 'CERTIFICATE_TYPE_NOT_AVAILABLE',
      },
      {
        body: { type: 'residence_aire', subjectId: family.head.id, stampDuty: EXEMPT },
        status: 422,
        code: 'CERTIFICATE_TYPE_NOT_AVAILABLE',
      },
      {
        body: { type: 'passaporto', subjectId: family.head.id, stampDuty: EXEMPT },
        status: 422,
        code: 'CERTIFICATE_TYPE_UNKNOWN',
      },
      {
        body: {
          types: ['household', 'household_relationships'],
          subjectId: family.head.id,
          stampDuty: EXEMPT,
        },
        status: 422,
        code: 'CERTIFICATE_COMBINATION_NOT_ALLOWED',
      },
      {
        body: { type: 'residence', types: ['birth'], subjectId: family.head.id, stampDuty: EXEMPT },
        status: 422,
        code: 'CERTIFICATE_TYPE_AMBIGUOUS',
      },
      {
        body: { type: 'residence', subjectId: family.head.id },
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'stampDuty',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: {} },
        status: 422,
        code: 'STAMP_DUTY_REQUIRED',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { exemption: '' } },
        status: 422,
        code: 'STAMP_DUTY_EXEMPTION_REQUIRED',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { exemption: 'amicizia' } },
        status: 422,
        code: 'STAMP_DUTY_EXEMPTION_UNKNOWN',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { exemption: 'other' } },
        status: 422,
        code: 'STAMP_DUTY_NOTE_REQUIRED',
      },
      {
        body: {
          type: 'residence',
          subjectId: family.head.id,
          stampDuty: { exemption: 'other', note: 'x'.repeat(257) },
        },
        status: 422,
        code: 'STAMP_DUTY_NOTE_TOO_LONG',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { marcaId: '1234567890123' } },
        status: 422,
        code: 'STAMP_DUTY_MARCA_ID_INVALID',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { marcaId: '1234567890123A' } },
        status: 422,
        code: 'STAMP_DUTY_MARCA_ID_INVALID',
      },
      {
        body: { type: 'residence', subjectId: family.head.id, stampDuty: { ...EXEMPT, marcaId: marcaId() } },
        status: 422,
        code: 'STAMP_DUTY_AMBIGUOUS',
      },
      {
        body: {
          type: 'residence',
          subjectId: family.head.id,
          stampDuty: { pagoPA: true, marcaId: marcaId() },
        },
        status: 422,
        code: 'STAMP_DUTY_AMBIGUOUS',
      },
      {
        body: { type: 'residence', subjectId: 'not-a-uuid', stampDuty: EXEMPT },
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'subjectId',
      },
    ];
    const before = await issuedCount(family.head.fiscalCode);
    for (const { body, status, code, field } of cases) {
      const response = await postJson(session, '/api/certificates', body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      const problem = await problemOf(response);
      expect(problem.code, JSON.stringify(body)).toBe(code);
      if (field) expect(problem.field).toBe(field);
      expect(problem.detail.length).toBeGreaterThan(20);
    }
    expect(await issuedCount(family.head.fiscalCode)).toBe(before);
    const { rows } = await testDb().query(
      "SELECT 1 FROM audit_event WHERE action = 'certificates.certificate.issue' AND subject_fiscal_code = $1",
      [stranger.head.fiscalCode],
    );
    expect(rows).toEqual([]);

    const outsider = await session.fetch(`/api/certificates/types?subject=${stranger.child.id}`);
    expect(outsider.status).toBe(404);
    expect((await problemOf(outsider)).code).toBe('CERTIFICATE_SUBJECT_NOT_FOUND');
  });

  it('should say why nothing can be issued while the record is blocked by the office', async () => {
    const blocked = await insertPerson(newIdentity({ sex: 'F', birthPlaceCode: 'I914' }), {
      maritalStatus: 'single',
      blocked: 'Pratica di cambio di residenza in corso',
    });
    await insertHousehold({ street: `Bloccata ${randomInt(1_000_000)}`, civic: '1' }, [
      { person: blocked, code: '01', entry: '2015-01-01' },
    ]);
    const own = await loginAs(blocked);
    const types = await availableTypes(own, blocked.id);
    const existence = { type: 'existence', subjectId: blocked.id, stampDuty: EXEMPT };
    if (anpr) {
      // The block is the comune's local record's: ANPR's AR001 carries none, so ANPR's certificates are issued.
      expect(types.find((type) => type.code === 'existence')).toMatchObject({ available: true });
      await issue(own, existence);
      return;
    }
    expect(types.every((type) => !type.available)).toBe(true);
    expect(types[0].reason).toMatch(/in corso un procedimento/);
    await expectNotAvailable(await postJson(own, '/api/certificates', existence), /^type/);
  });

  it('should issue the AIRE certificates to a citizen living abroad, and only those', async () => {
    const abroad = await insertPerson(
      newIdentity({ sex: 'F', birthDate: '1990-07-08', birthPlaceCode: 'I914' }),
      {
        maritalStatus: 'single',
        status: 'aire',
      },
    );
    await insertHousehold({ abroadCountry: 'Z600', locality: 'Buenos Aires', line: 'Avenida de Mayo 1370' }, [
      { person: abroad, code: '01', entry: '2016-03-01' },
    ]);
    await insertEvent(abroad, 'aire_registration', '2016-03-01', 'Z600');
    const own = await loginAs(abroad);
    const available = (await availableTypes(own, abroad.id))
      .filter((type) => type.available)
      .map((t) => t.code);
    expect(available).toEqual(
      anpr
        ? ['residence_aire', 'household_aire', 'birth', 'existence']
        : [
            'residence_aire',
            'household_aire',
            'birth',
            'citizenship',
            'existence',
            'marital_status',
            'free_status',
          ],
    );
    const created = await issue(own, {
      types: ['residence_aire', anpr ? 'existence' : 'free_status'],
      subjectId: abroad.id,
      stampDuty: EXEMPT,
    });
    const text = pdfText(await download(own, created));
    expect(text).toContain(
      "risulta iscritta nell'Anagrafe degli Italiani Residenti all'Estero (AIRE) di questo Comune, con residenza in Avenida de Mayo 1370, Buenos Aires (Argentina).",
    );
    expect(text).toContain(anpr ? 'risulta in vita.' : 'risulta di stato libero (nubile).');
  });

  it('should preview exactly the sentences the certificate prints, without issuing it', async () => {
    const before = await issuedCount(family.head.fiscalCode);
    const response = await postJson(session, '/api/certificates/preview', {
      type: 'residence',
      subjectId: family.child.id,
      stampDuty: { exemption: 'other', note: 'iscrizione a un corso sportivo comunale, art. 1 regolamento' },
    });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as {
      title: string;
      subject: { name: string };
      stampDuty: string;
      sections: { paragraphs: string[] }[];
    };
    expect(preview.title).toBe('CERTIFICATO DI RESIDENZA');
    expect(preview.subject.name).toBe(upperName(family.child));
    expect(preview.stampDuty).toBe(
      "Esente dall'imposta di bollo per il seguente motivo dichiarato dal richiedente: iscrizione a un corso sportivo comunale, art. 1 regolamento.",
    );
    expect(preview.sections[0].paragraphs[0]).toContain(`Via ${family.street} n. 12 int. 3`);
    expect(await issuedCount(family.head.fiscalCode)).toBe(before);
  });

  it('should list the documented exemptions for the form', async () => {
    const response = await session.fetch('/api/certificates/exemptions');
    expect(response.status).toBe(200);
    const options = (await response.json()) as {
      amountCents: number;
      noteMaxLength: number;
      exemptions: { id: string; legalBasis: string; requiresNote: boolean }[];
    };
    expect(options.amountCents).toBe(1600);
    expect(options.noteMaxLength).toBe(256);
    expect(options.exemptions.find((exemption) => exemption.id === 'separation_divorce')?.legalBasis).toBe(
      'L. 74/1987, art. 19',
    );
    expect(options.exemptions.filter((exemption) => exemption.requiresNote).map((e) => e.id)).toEqual([
      'other',
    ]);
  });

  it('should ask for a login on every certificate route but the public verification', async () => {
    for (const path of [
      '/api/certificates',
      '/api/certificates/exemptions',
      `/api/certificates/types?subject=${family.head.id}`,
    ]) {
      const response = await fetch(`${backendUrl}${path}`);
      expect(response.status, path).toBe(401);
    }
  });

  it('should rate-limit the public verification per client address, with Retry-After', async () => {
    const address = clientAddress();
    let limited: Response | undefined;
    let allowed = 0;
    for (let attempt = 0; attempt < 40 && !limited; attempt += 1) {
      const response = await verifyPublicly('ZZZZZZZZZZZZZZZZ', { address });
      if (response.status === 429) limited = response;
      else {
        expect(response.status).toBe(404);
        allowed += 1;
      }
    }
    expect(allowed).toBe(30);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await problemOf(limited!)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const elsewhere = await verifyPublicly('ZZZZZZZZZZZZZZZZ', { address: clientAddress() });
    expect(elsewhere.status).toBe(404);
  });
});
