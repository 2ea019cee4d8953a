import type { EntityManager } from 'typeorm';
import { CIVIL_PARTNER, SPOUSE } from '../../registry/domain/household-relationships.js';
import type { DemoHousehold } from './demo-property-generator.js';

/**
 * The registry's current households, for the demo properties: the head, the other adults (spouse or civil
 * partner first) and the address, in a stable order so the same seed gives the same properties. The
 * household of `featured` (the demo login) comes first, to get the richest properties.
 */
export async function loadDemoHouseholds(
  manager: EntityManager,
  today: string,
  featured?: string,
): Promise<DemoHousehold[]> {
  const rows: { head: string; members: string[] | null; address: string }[] = await manager.query(
    `SELECT head.fiscal_code AS head,
            array_agg(p.fiscal_code ORDER BY m.relationship_code IN ($1, $2) DESC, p.fiscal_code)
              FILTER (WHERE p.id IS NOT NULL) AS members,
            s.toponym || ' ' || s.name || ' ' || h.civic_number || coalesce('/' || h.internal, '') AS address
       FROM registry_household h
       JOIN registry_person head ON head.id = h.head_person_id AND head.status = 'resident'
       JOIN registry_street s ON s.id = h.street_id
       LEFT JOIN registry_household_member m
              ON m.household_id = h.id AND m.exit_date IS NULL AND m.person_id <> h.head_person_id
       LEFT JOIN registry_person p
              ON p.id = m.person_id AND p.status = 'resident' AND p.birth_date <= ($3::date - interval '18 years')
      GROUP BY h.id, head.fiscal_code, s.toponym, s.name, h.civic_number, h.internal
      ORDER BY bool_or(head.fiscal_code = $4 OR p.fiscal_code = $4) DESC, h.code`,
    [SPOUSE, CIVIL_PARTNER, today, featured ?? ''],
  );
  return rows.map((row) => ({
    headFiscalCode: row.head,
    memberFiscalCodes: row.members ?? [],
    address: row.address,
  }));
}
