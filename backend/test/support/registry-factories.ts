import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { seedAnprHousehold } from './anpr-sandbox.js';
import { testDb } from './db.js';
import { newIdentity, type TestIdentity } from './factories.js';

export interface SeededPerson extends TestIdentity {
  id: string;
  relationshipCode: string;
  entryDate: string;
}

export interface SeededHousehold {
  id: string;
  code: string;
  streetCode: string;
  streetName: string;
  civicNumber: string;
  members: SeededPerson[];
}

export interface MemberSeed {
  identity?: TestIdentity;
  relationshipCode: string;
  entryDate?: string;
  maritalStatus?: string;
  citizenship?: string;
  document?: { kind: 'cie' | 'paper'; number: string; issuedOn: string; expiresOn: string };
}

/** A unique code for test data: tests run in parallel on one database and never share rows. */
export function uniqueCode(prefix: string, length = 12): string {
  return `${prefix}${randomUUID().replaceAll('-', '').slice(0, length).toUpperCase()}`;
}

/**
 * A famiglia anagrafica of residents (on its own street) where the run's portal reads the registry: the
 * registry tables with the local source, the ANPR sandbox's population with `anpr` (then the tables stay
 * empty, so a read that bypassed ANPR would find nobody, and the ids are ANPR's). The first member should be the
 * head (`01`). ANPR keeps no citizenship, marital status or identity document: with `anpr` those are not shown.
 */
export async function seedHousehold(members: MemberSeed[]): Promise<SeededHousehold> {
  const { registrySource, federationUrl } = inject('stack');
  return registrySource === 'anpr' ? seedAnprHousehold(federationUrl, members) : seedLocalHousehold(members);
}

/**
 * Stores a famiglia anagrafica of residents directly in the registry tables (on its own street), the way an
 * import would leave it, whatever the source: the office's search and record pages read these tables in either
 * mode (docs/registry-anpr.md). The first member should be the head (`01`).
 */
export async function seedLocalHousehold(members: MemberSeed[]): Promise<SeededHousehold> {
  const db = testDb();
  const streetCode = uniqueCode('S', 10);
  const streetName = `Prova ${streetCode.slice(1, 7)}`;
  const civicNumber = String(1 + (Number.parseInt(streetCode.slice(1, 4), 16) % 200));
  const code = uniqueCode('T');
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const street = await client.query(
      'INSERT INTO registry_street (code, toponym, name) VALUES ($1, $2, $3) RETURNING id',
      [streetCode, 'Via', streetName],
    );
    const household = await client.query(
      'INSERT INTO registry_household (code, street_id, civic_number, internal) VALUES ($1, $2, $3, $4) RETURNING id',
      [code, street.rows[0].id, civicNumber, '2'],
    );
    const householdId: string = household.rows[0].id;
    const seeded: SeededPerson[] = [];
    for (const member of members) {
      const identity = member.identity ?? newIdentity();
      const entryDate = member.entryDate ?? '2015-05-04';
      const document = member.document;
      const person = await client.query(
        `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
           birth_place_name, citizenship, marital_status, status, id_document_kind, id_document_number,
           id_document_issued_on, id_document_expires_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'resident', $10, $11, $12, $13) RETURNING id`,
        [
          identity.fiscalCode,
          identity.familyName,
          identity.givenName,
          identity.sex,
          identity.birthDate,
          identity.birthPlaceCode,
          "Spino d'Adda",
          member.citizenship ?? 'IT',
          member.maritalStatus ?? 'single',
          document?.kind ?? null,
          document?.number ?? null,
          document?.issuedOn ?? null,
          document?.expiresOn ?? null,
        ],
      );
      const id: string = person.rows[0].id;
      await client.query(
        `INSERT INTO registry_household_member (household_id, person_id, relationship_code, entry_date)
         VALUES ($1, $2, $3, $4)`,
        [householdId, id, member.relationshipCode, entryDate],
      );
      if (member.relationshipCode === '01') {
        await client.query('UPDATE registry_household SET head_person_id = $1 WHERE id = $2', [
          id,
          householdId,
        ]);
      }
      seeded.push({ ...identity, id, relationshipCode: member.relationshipCode, entryDate });
    }
    await client.query('COMMIT');
    return { id: householdId, code, streetCode, streetName, civicNumber, members: seeded };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
