import type { EntityManager } from 'typeorm';
import { romeDay } from '../../common/italian/rome-day.js';
import { type DemoPerson, generateDemoPractices } from './demo-practice-generator.js';
import { insertPractices } from './practice-rows.js';

export interface SeedDemoPracticesOptions {
  seed: number;
  count: number;
  /** The demo population; the first five get several practices each (put the demo identities there). */
  residents: DemoPerson[];
  /** Codici fiscali of the permits office staff: registrars and case officers. */
  staff: string[];
  /** The demo's today (`YYYY-MM-DD` or an instant); every timeline lies before it. Default: now. */
  today?: string | Date;
}

/** A staff member without a login yet is shown by role until they first log in. */
const UNKNOWN_STAFF_NAME = 'Funzionario dello Sportello Unico per l’Edilizia';

/** Stands in for the office when the demo has no permits staff: practices still need someone to move them. */
const OFFICE = { fiscalCode: 'SUE', name: 'Sportello Unico per l’Edilizia' };

/**
 * Seeds `count` practices of every type and state, spread over the residents, on a database without
 * practices (protocol numbers are unique). Deterministic for a seed and a day. Returns how many were stored.
 */
export async function seedDemoPractices(
  manager: EntityManager,
  options: SeedDemoPracticesOptions,
): Promise<number> {
  if (options.count <= 0) return 0;
  const today =
    typeof options.today === 'string' ? options.today.slice(0, 10) : romeDay(options.today ?? new Date());
  const known: { fiscal_code: string; given_name: string; family_name: string }[] = await manager.query(
    'SELECT fiscal_code, given_name, family_name FROM app_user WHERE fiscal_code = ANY($1)',
    [options.staff],
  );
  const names = new Map(known.map((row) => [row.fiscal_code, `${row.given_name} ${row.family_name}`]));
  const staff = options.staff.length
    ? options.staff.map((fiscalCode) => ({ fiscalCode, name: names.get(fiscalCode) ?? UNKNOWN_STAFF_NAME }))
    : [OFFICE];
  const practices = generateDemoPractices({
    seed: options.seed,
    count: options.count,
    residents: options.residents,
    staff,
    today,
  });
  await insertPractices(manager, practices);
  return practices.length;
}
