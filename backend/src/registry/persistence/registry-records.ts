import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { likeLiteral } from '../../common/sql/like-literal.js';
import { prepared } from '../../common/sql/prepared-statements.js';
import { queryRows } from '../../database/pool-query.js';
import type {
  Address,
  IdentityDocument,
  IdentityDocumentKind,
  MaritalStatus,
  PersonStatus,
  RegistryEventKind,
  Sex,
} from '../domain/registry-types.js';
import { SQL_FOLD } from './search-fold.js';

/** A person as the registry reads it, with the famiglia anagrafica they currently belong to. */
export interface PersonRecord {
  id: string;
  fiscalCode: string;
  familyName: string;
  givenName: string;
  sex: Sex;
  birthDate: IsoDate;
  birthPlaceCode: string;
  birthPlaceName: string;
  /** Null when the source does not say (ANPR's AR001 carries no citizenship nor marital status). */
  citizenship: string | null;
  maritalStatus: MaritalStatus | null;
  status: PersonStatus;
  deathDate: IsoDate | null;
  identityDocument: IdentityDocument | null;
  blockedReason: string | null;
  membership: CurrentMembership | null;
}

export interface CurrentMembership {
  householdId: string;
  householdCode: string;
  headPersonId: string | null;
  relationshipCode: string;
  entryDate: IsoDate;
  /** Since when the person lives at the household's address: joining it, or the household's last move. */
  residenceSince: IsoDate;
  address: Address;
}

export interface HouseholdMemberRecord {
  personId: string;
  fiscalCode: string;
  familyName: string;
  givenName: string;
  sex: Sex;
  birthDate: IsoDate;
  birthPlaceCode: string;
  birthPlaceName: string;
  relationshipCode: string;
  entryDate: IsoDate;
}

export interface MembershipHistoryRecord {
  householdCode: string;
  relationshipCode: string;
  entryDate: IsoDate;
  exitDate: IsoDate | null;
  address: Address;
}

export interface EventRecord {
  kind: RegistryEventKind;
  date: IsoDate;
  placeCode: string | null;
  placeName: string | null;
}

export interface PersonSearchHit {
  id: string;
  fiscalCode: string;
  familyName: string;
  givenName: string;
  birthDate: IsoDate;
  status: PersonStatus;
  householdCode: string | null;
  address: Address | null;
}

interface AddressColumns {
  street_code: string | null;
  toponym: string | null;
  street_name: string | null;
  civic_number: string | null;
  internal: string | null;
  abroad_country_code: string | null;
  abroad_locality: string | null;
  abroad_address: string | null;
}

interface PersonRow extends AddressColumns {
  id: string;
  fiscal_code: string;
  family_name: string;
  given_name: string;
  sex: Sex;
  birth_date: string;
  birth_place_code: string;
  birth_place_name: string;
  citizenship: string;
  marital_status: MaritalStatus;
  status: PersonStatus;
  death_date: string | null;
  id_document_kind: IdentityDocumentKind | null;
  id_document_number: string | null;
  id_document_issued_on: string | null;
  id_document_expires_on: string | null;
  record_blocked_reason: string | null;
  household_id: string | null;
  household_code: string | null;
  head_person_id: string | null;
  relationship_code: string | null;
  entry_date: string | null;
  residence_since: string | null;
}

const ADDRESS_COLUMNS = `
  s.code AS street_code, s.toponym, s.name AS street_name, h.civic_number, h.internal,
  h.abroad_country_code, h.abroad_locality, h.abroad_address`;

/** Dates are read as text: node-postgres would turn a civil date into a local-midnight instant. */
const PERSON_SELECT = `
  SELECT p.id, p.fiscal_code, p.family_name, p.given_name, p.sex, p.birth_date::text, p.birth_place_code,
    p.birth_place_name, p.citizenship, p.marital_status, p.status, p.death_date::text, p.id_document_kind,
    p.id_document_number, p.id_document_issued_on::text, p.id_document_expires_on::text, p.record_blocked_reason,
    h.id AS household_id, h.code AS household_code, h.head_person_id, m.relationship_code,
    m.entry_date::text AS entry_date,
    GREATEST(m.entry_date, (SELECT max(e.event_date) FROM registry_event e
      WHERE e.person_id = p.id AND e.kind = 'address_change'))::text AS residence_since,
    ${ADDRESS_COLUMNS}
  FROM registry_person p
  LEFT JOIN registry_household_member m ON m.person_id = p.id AND m.exit_date IS NULL
  LEFT JOIN registry_household h ON h.id = m.household_id
  LEFT JOIN registry_street s ON s.id = h.street_id`;

function toAddress(row: AddressColumns): Address | null {
  if (row.street_code && row.toponym && row.street_name && row.civic_number) {
    return {
      kind: 'street',
      streetCode: row.street_code,
      toponym: row.toponym,
      streetName: row.street_name,
      civicNumber: row.civic_number,
      internal: row.internal,
    };
  }
  if (row.abroad_country_code && row.abroad_locality) {
    return {
      kind: 'abroad',
      countryCode: row.abroad_country_code.trim(),
      locality: row.abroad_locality,
      addressLine: row.abroad_address ?? '',
    };
  }
  return null;
}

function toPersonRecord(row: PersonRow): PersonRecord {
  const address = toAddress(row);
  const document =
    row.id_document_kind && row.id_document_number && row.id_document_issued_on && row.id_document_expires_on
      ? {
          kind: row.id_document_kind,
          number: row.id_document_number,
          issuedOn: row.id_document_issued_on,
          expiresOn: row.id_document_expires_on,
        }
      : null;
  return {
    id: row.id,
    fiscalCode: row.fiscal_code,
    familyName: row.family_name,
    givenName: row.given_name,
    sex: row.sex,
    birthDate: row.birth_date,
    birthPlaceCode: row.birth_place_code.trim(),
    birthPlaceName: row.birth_place_name,
    citizenship: row.citizenship,
    maritalStatus: row.marital_status,
    status: row.status,
    deathDate: row.death_date,
    identityDocument: document,
    blockedReason: row.record_blocked_reason,
    membership:
      row.household_id && row.household_code && row.relationship_code && row.entry_date && address
        ? {
            householdId: row.household_id,
            householdCode: row.household_code,
            headPersonId: row.head_person_id,
            relationshipCode: row.relationship_code,
            entryDate: row.entry_date,
            residenceSince: row.residence_since ?? row.entry_date,
            address,
          }
        : null,
  };
}

/** The visura's lookups: one person by key, prepared once per connection. */
const PERSON_BY_FISCAL_CODE = prepared(`${PERSON_SELECT} WHERE p.fiscal_code = $1`);
const PERSON_BY_ID = prepared(`${PERSON_SELECT} WHERE p.id = $1`);

/**
 * Reads of the registry tables, named for what they answer. Plain SQL: each read is one round trip, which keeps
 * the visura fast with a million persons loaded.
 */
@Injectable()
export class RegistryRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findPersonByFiscalCode(fiscalCode: string, manager?: EntityManager): Promise<PersonRecord | null> {
    const rows = await queryRows<PersonRow>(this.dataSource, manager, PERSON_BY_FISCAL_CODE, [fiscalCode]);
    return rows[0] ? toPersonRecord(rows[0]) : null;
  }

  async findPersonById(personId: string, manager?: EntityManager): Promise<PersonRecord | null> {
    const rows = await queryRows<PersonRow>(this.dataSource, manager, PERSON_BY_ID, [personId]);
    return rows[0] ? toPersonRecord(rows[0]) : null;
  }

  /** Current members of a household, head first, then by relationship and birth date. */
  async currentMembers(householdId: string, manager?: EntityManager): Promise<HouseholdMemberRecord[]> {
    const rows: {
      person_id: string;
      fiscal_code: string;
      family_name: string;
      given_name: string;
      sex: Sex;
      birth_date: string;
      birth_place_code: string;
      birth_place_name: string;
      relationship_code: string;
      entry_date: string;
    }[] = await this.db(manager).query(
      `SELECT p.id AS person_id, p.fiscal_code, p.family_name, p.given_name, p.sex, p.birth_date::text,
         p.birth_place_code, p.birth_place_name, m.relationship_code, m.entry_date::text
       FROM registry_household_member m JOIN registry_person p ON p.id = m.person_id
       WHERE m.household_id = $1 AND m.exit_date IS NULL
       ORDER BY m.relationship_code, p.birth_date, p.family_name, p.given_name`,
      [householdId],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      fiscalCode: row.fiscal_code,
      familyName: row.family_name,
      givenName: row.given_name,
      sex: row.sex,
      birthDate: row.birth_date,
      birthPlaceCode: row.birth_place_code.trim(),
      birthPlaceName: row.birth_place_name,
      relationshipCode: row.relationship_code,
      entryDate: row.entry_date,
    }));
  }

  /** Every household the person has belonged to, newest first. */
  async membershipHistory(personId: string): Promise<MembershipHistoryRecord[]> {
    const rows: (AddressColumns & {
      household_code: string;
      relationship_code: string;
      entry_date: string;
      exit_date: string | null;
    })[] = await this.dataSource.query(
      `SELECT h.code AS household_code, m.relationship_code, m.entry_date::text, m.exit_date::text, ${ADDRESS_COLUMNS}
       FROM registry_household_member m
       JOIN registry_household h ON h.id = m.household_id
       LEFT JOIN registry_street s ON s.id = h.street_id
       WHERE m.person_id = $1
       ORDER BY m.entry_date DESC`,
      [personId],
    );
    return rows.flatMap((row) => {
      const address = toAddress(row);
      return address
        ? [
            {
              householdCode: row.household_code,
              relationshipCode: row.relationship_code,
              entryDate: row.entry_date,
              exitDate: row.exit_date,
              address,
            },
          ]
        : [];
    });
  }

  async eventsOf(personId: string): Promise<EventRecord[]> {
    const rows: {
      kind: RegistryEventKind;
      event_date: string;
      place_code: string | null;
      place_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT kind, event_date::text, place_code, place_name FROM registry_event
         WHERE person_id = $1 ORDER BY event_date, kind`,
      [personId],
    );
    return rows.map((row) => ({
      kind: row.kind,
      date: row.event_date,
      placeCode: row.place_code?.trim() ?? null,
      placeName: row.place_name,
    }));
  }

  /**
   * Persons whose "SURNAME NAME" search key starts with one of `prefixes` (already folded to upper-case ASCII).
   * Every status is included: the office also looks up deceased and emigrated persons.
   */
  async searchByName(
    prefixes: string[],
    limit: number,
    offset: number,
  ): Promise<{ total: number; hits: PersonSearchHit[] }> {
    const conditions = prefixes.map((_, index) => `p.search_name LIKE $${index + 3}`).join(' OR ');
    const patterns = prefixes.map((prefix) => `${likeLiteral(prefix)}%`);
    return this.search(`(${conditions})`, 'p.search_name, p.birth_date', [limit, offset, ...patterns]);
  }

  async searchByFiscalCode(fiscalCode: string): Promise<{ total: number; hits: PersonSearchHit[] }> {
    return this.search('p.fiscal_code = $3', 'p.fiscal_code', [1, 0, fiscalCode]);
  }

  /** Current residents at the addresses whose street name contains `streetText`, optionally at one civic number. */
  async searchByAddress(
    streetText: string,
    civicNumber: string | null,
    limit: number,
    offset: number,
  ): Promise<{ total: number; hits: PersonSearchHit[] }> {
    const rows = await this.dataSource.query(
      `SELECT p.id, p.fiscal_code, p.family_name, p.given_name, p.birth_date::text, p.status,
         h.code AS household_code, ${ADDRESS_COLUMNS}, count(*) OVER ()::int AS total
       FROM registry_street s
       JOIN registry_household h ON h.street_id = s.id
       JOIN registry_household_member m ON m.household_id = h.id AND m.exit_date IS NULL
       JOIN registry_person p ON p.id = m.person_id
       WHERE upper(translate(s.toponym || ' ' || s.name, $5, $6)) LIKE '%' || $3 || '%'
         AND ($4::text IS NULL OR h.civic_number = $4)
       ORDER BY s.name, h.civic_number, h.internal NULLS FIRST, p.search_name
       LIMIT $1 OFFSET $2`,
      [limit, offset, likeLiteral(streetText), civicNumber, SQL_FOLD.from, SQL_FOLD.to],
    );
    return this.toHits(rows);
  }

  private async search(
    where: string,
    orderBy: string,
    parameters: unknown[],
  ): Promise<{ total: number; hits: PersonSearchHit[] }> {
    const rows = await this.dataSource.query(
      `SELECT p.id, p.fiscal_code, p.family_name, p.given_name, p.birth_date::text, p.status,
         h.code AS household_code, ${ADDRESS_COLUMNS}, count(*) OVER ()::int AS total
       FROM registry_person p
       LEFT JOIN registry_household_member m ON m.person_id = p.id AND m.exit_date IS NULL
       LEFT JOIN registry_household h ON h.id = m.household_id
       LEFT JOIN registry_street s ON s.id = h.street_id
       WHERE ${where}
       ORDER BY ${orderBy}
       LIMIT $1 OFFSET $2`,
      parameters,
    );
    return this.toHits(rows);
  }

  private toHits(
    rows: (AddressColumns & {
      id: string;
      fiscal_code: string;
      family_name: string;
      given_name: string;
      birth_date: string;
      status: PersonStatus;
      household_code: string | null;
      total: number;
    })[],
  ): { total: number; hits: PersonSearchHit[] } {
    return {
      total: rows[0]?.total ?? 0,
      hits: rows.map((row) => ({
        id: row.id,
        fiscalCode: row.fiscal_code,
        familyName: row.family_name,
        givenName: row.given_name,
        birthDate: row.birth_date,
        status: row.status,
        householdCode: row.household_code,
        address: toAddress(row),
      })),
    };
  }
}
