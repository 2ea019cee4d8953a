// Households of three stored straight in the registry tables (as an import would leave them), for the
// benchmarks that need residents with a family: certificates, the personal area's pages.
import { syntheticPerson } from './people.mjs';

/** Household n of three: head, spouse and child, at Via Roma n + 1. */
async function seedHousehold(pool, n, streetId) {
  const person = async (i, maritalStatus) => {
    const identity = syntheticPerson(i);
    const { rows } = await pool.query(
      `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
         birth_place_name, citizenship, marital_status, status)
       VALUES ($1, $2, $3, $4, $5, 'I914', 'Spino d''Adda', 'IT', $6, 'resident') RETURNING id`,
      [
        identity.fiscalCode,
        identity.familyName,
        identity.givenName,
        identity.sex,
        identity.birthDate,
        maritalStatus,
      ],
    );
    return { ...identity, id: rows[0].id };
  };
  // Person numbers apart by 60 give the three different birth years (the child's the latest).
  const head = await person(n * 60, 'married');
  const spouse = await person(n * 60 + 1, 'married');
  const child = await person(n * 60 + 59, 'single');
  const household = await pool.query(
    `INSERT INTO registry_household (code, street_id, civic_number, head_person_id) VALUES ($1, $2, $3, $4)
     RETURNING id`,
    [`BENCH${n}`, streetId, String(n + 1), head.id],
  );
  for (const [member, code] of [
    [head, '01'],
    [spouse, '02'],
    [child, '03'],
  ]) {
    await pool.query(
      `INSERT INTO registry_household_member (household_id, person_id, relationship_code, entry_date)
       VALUES ($1, $2, $3, '2004-06-01')`,
      [household.rows[0].id, member.id, code],
    );
  }
  for (const member of [head, spouse]) {
    await pool.query(
      `INSERT INTO registry_event (person_id, kind, event_date, place_code, place_name)
       VALUES ($1, 'marriage', '2004-05-15', 'I914', 'Spino d''Adda')`,
      [member.id],
    );
  }
  return { head, spouse, child, householdId: household.rows[0].id };
}

/** `count` households on one street, analysed; each `{ head, spouse, child, householdId }`. */
export async function seedHouseholds(pool, count, streetCode = 'B1') {
  const { rows } = await pool.query(
    `INSERT INTO registry_street (code, toponym, name) VALUES ($1, 'Via', 'Roma') RETURNING id`,
    [streetCode],
  );
  const families = [];
  for (let n = 0; n < count; n++) families.push(await seedHousehold(pool, n, rows[0].id));
  await pool.query('ANALYZE');
  return families;
}
