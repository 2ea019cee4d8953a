import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { prepared } from '../../common/sql/prepared-statements.js';
import type { IsoDate } from '../domain/certificate-subject.js';
import {
  CertificateSubjectSource,
  type RequestableSubject,
  type SourcedSubject,
} from './certificate-subject-source.js';
import {
  type RegistryEventRow,
  type RegistryHouseholdRow,
  type RegistryMemberRow,
  type RegistryPersonRow,
  toCertificateSubject,
} from './registry-subject-mapper.js';
import { printedRelationship } from './relationship-label.js';

const PERSON_COLUMNS = `
  p.id, p.fiscal_code AS "fiscalCode", p.given_name AS "givenName", p.family_name AS "familyName", p.sex,
  to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.birth_place_code AS "birthPlaceCode",
  p.birth_place_name AS "birthPlaceName", p.citizenship, p.marital_status AS "maritalStatus", p.status,
  to_char(p.death_date, 'YYYY-MM-DD') AS "deathDate", p.record_blocked AS "recordBlocked"`;

/** A membership that holds on $2: joined on or before the day, not yet left on it. */
const CURRENT_ON_DAY = 'm.entry_date <= $2::date AND (m.exit_date IS NULL OR m.exit_date > $2::date)';

const REQUESTER = prepared(`
  SELECT ${PERSON_COLUMNS},
         h.id AS "householdId", st.toponym AS "streetToponym", st.name AS "streetName",
         h.civic_number AS "civicNumber", h.internal, h.abroad_country_code AS "abroadCountryCode",
         h.abroad_locality AS "abroadLocality", h.abroad_address AS "abroadAddress"
    FROM registry_person p
    LEFT JOIN LATERAL (
      SELECT m.household_id FROM registry_household_member m
       WHERE m.person_id = p.id AND ${CURRENT_ON_DAY}
       ORDER BY m.entry_date DESC LIMIT 1
    ) current ON true
    LEFT JOIN registry_household h ON h.id = current.household_id
    LEFT JOIN registry_street st ON st.id = h.street_id
   WHERE p.fiscal_code = $1`);

/** Head first (by the household's head, or the ANPR code 01), then by relationship and age. */
const MEMBERS = prepared(`
  SELECT ${PERSON_COLUMNS}, m.relationship_code AS "relationshipCode",
         (h.head_person_id = p.id OR m.relationship_code = '01') AS "isHead"
    FROM registry_household_member m
    JOIN registry_household h ON h.id = m.household_id
    JOIN registry_person p ON p.id = m.person_id
   WHERE m.household_id = $1 AND ${CURRENT_ON_DAY}
   ORDER BY "isHead" DESC, m.relationship_code, p.birth_date, p.family_name, p.given_name`);

const EVENTS = prepared(`
  SELECT kind, to_char(event_date, 'YYYY-MM-DD') AS date, place_code AS "placeCode", place_name AS "placeName"
    FROM registry_event
   WHERE person_id = $1 AND event_date <= $2::date
   ORDER BY event_date, kind`);

/**
 * The registry records a marriage or civil union as one event per spouse, without a link between them: the
 * partner is the other person with the same event on the same day who shared a famiglia anagrafica with
 * the subject at some time. Two such candidates leave the partner unknown rather than guessed.
 */
const PARTNERS = prepared(`
  SELECT e.kind, ${PERSON_COLUMNS}
    FROM registry_event e
    JOIN registry_person p ON p.id = e.person_id
   WHERE e.person_id <> $1
     AND ((e.kind = 'marriage' AND e.event_date = $2::date) OR (e.kind = 'civil_union' AND e.event_date = $3::date))
     AND EXISTS (
       SELECT 1 FROM registry_household_member mine
         JOIN registry_household_member theirs ON theirs.household_id = mine.household_id
        WHERE mine.person_id = $1 AND theirs.person_id = p.id)`);

type RequesterRow = RegistryPersonRow & RegistryHouseholdRow & { householdId: string | null };

/** The certificate subject read from the anagrafe tables of the registry module. */
@Injectable()
export class RegistryCertificateSubjectSource extends CertificateSubjectSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async listRequestable(
    requesterFiscalCode: string,
    asOf: IsoDate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RequestableSubject[]> {
    const scope = await this.scope(manager, requesterFiscalCode, asOf);
    if (!scope) return [];
    const { requester, members } = scope;
    const others = members.filter((member) => member.id !== requester.id);
    const own = members.find((member) => member.id === requester.id);
    return [
      requestable(own ?? requester, own, true),
      ...others.map((member) => requestable(member, member, false)),
    ];
  }

  async findForRequester(
    requesterFiscalCode: string,
    personId: string,
    asOf: IsoDate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SourcedSubject | null> {
    const scope = await this.scope(manager, requesterFiscalCode, asOf);
    if (!scope) return null;
    const { requester, household, members } = scope;
    const person = personId === requester.id ? requester : members.find((member) => member.id === personId);
    if (!person) return null;
    const events = (await manager.query(EVENTS, [person.id, asOf])) as RegistryEventRow[];
    const partners = await this.partners(manager, person.id, events);
    const subject = toCertificateSubject({
      person,
      household,
      members,
      events,
      marriagePartner: partners.marriage,
      civilUnionPartner: partners.civil_union,
    });
    return { personId: person.id, fiscalCode: person.fiscalCode, subject };
  }

  /** The requester and their famiglia anagrafica on the day; the household is the subject's too. */
  private async scope(manager: EntityManager, requesterFiscalCode: string, asOf: IsoDate) {
    const [requester] = (await manager.query(REQUESTER, [requesterFiscalCode, asOf])) as RequesterRow[];
    if (!requester) return null;
    const household: RegistryHouseholdRow | null = requester.householdId
      ? { ...requester, id: requester.householdId }
      : null;
    const members = household
      ? ((await manager.query(MEMBERS, [household.id, asOf])) as RegistryMemberRow[])
      : [];
    return { requester: requester as RegistryPersonRow, household, members };
  }

  private async partners(
    manager: EntityManager,
    personId: string,
    events: readonly RegistryEventRow[],
  ): Promise<Record<'marriage' | 'civil_union', RegistryPersonRow | null>> {
    const marriage = events.filter((event) => event.kind === 'marriage').at(-1)?.date ?? null;
    const civilUnion = events.filter((event) => event.kind === 'civil_union').at(-1)?.date ?? null;
    if (!marriage && !civilUnion) return { marriage: null, civil_union: null };
    const rows = (await manager.query(PARTNERS, [personId, marriage, civilUnion])) as (RegistryPersonRow & {
      kind: 'marriage' | 'civil_union';
    })[];
    const only = (kind: 'marriage' | 'civil_union') => {
      const candidates = rows.filter((row) => row.kind === kind);
      return candidates.length === 1 ? candidates[0] : null;
    };
    return { marriage: only('marriage'), civil_union: only('civil_union') };
  }
}

function requestable(
  person: RegistryPersonRow,
  membership: RegistryMemberRow | undefined,
  self: boolean,
): RequestableSubject {
  return {
    personId: person.id,
    fiscalCode: person.fiscalCode,
    givenName: person.givenName,
    familyName: person.familyName,
    relationship: membership
      ? printedRelationship(membership.relationshipCode, membership.sex, membership.isHead)
      : '',
    self,
  };
}
