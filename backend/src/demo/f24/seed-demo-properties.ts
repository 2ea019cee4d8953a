import type { EntityManager } from 'typeorm';
import { legalBaseImuRates } from '../../f24/domain/imu-legal-base-rates.js';
import type { IsoDate } from '../../f24/domain/iso-date.js';
import { insertImuRatesIfAbsent } from '../../f24/persistence/imu-rates-writes.js';
import { type DemoHousehold, generateDemoProperties } from './demo-property-generator.js';

export interface SeedDemoPropertiesOptions {
  seed: number;
  /** The demo's today, 'YYYY-MM-DD': purchases lie before it; rates are seeded for its year and the previous. */
  today: IsoDate;
  households: DemoHousehold[];
}

/** Rows per INSERT: large enough to be fast, small enough for PostgreSQL's parameter arrays to stay modest. */
const BATCH = 10_000;

/**
 * Seeds the demo properties of the households, with their owners, and the IMU rates of the current and the
 * previous year labelled 'demo' (the legal base rates; rates already entered are kept). Meant for a database
 * without properties: the cadastral references are generated from 1. Returns the number of properties.
 */
export async function seedDemoProperties(
  manager: EntityManager,
  options: SeedDemoPropertiesOptions,
): Promise<number> {
  const year = Number(options.today.slice(0, 4));
  for (const rates of [legalBaseImuRates(year - 1), legalBaseImuRates(year)]) {
    await insertImuRatesIfAbsent(manager, rates);
  }
  const { properties, ownerships } = generateDemoProperties(options);
  for (let start = 0; start < properties.length; start += BATCH) {
    const batch = properties.slice(start, start + BATCH);
    await manager.query(
      `INSERT INTO imu_property (id, kind, cadastral_category, cadastral_income_cents, dominical_income_cents,
                                 market_value_cents, foglio, particella, subalterno, address, reductions)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::bigint[], $5::bigint[], $6::bigint[],
                            $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::jsonb[])`,
      [
        batch.map((p) => p.id),
        batch.map((p) => p.kind),
        batch.map((p) => p.cadastralCategory),
        batch.map((p) => p.cadastralIncomeCents),
        batch.map((p) => p.dominicalIncomeCents),
        batch.map((p) => p.marketValueCents),
        batch.map((p) => p.foglio),
        batch.map((p) => p.particella),
        batch.map((p) => p.subalterno),
        batch.map((p) => p.address),
        batch.map((p) => JSON.stringify(p.reductions)),
      ],
    );
  }
  for (let start = 0; start < ownerships.length; start += BATCH) {
    const batch = ownerships.slice(start, start + BATCH);
    await manager.query(
      `INSERT INTO imu_ownership (property_id, owner_fiscal_code, share_percent, valid_from, valid_to, main_residence)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::numeric[], $4::date[], $5::date[], $6::boolean[])`,
      [
        batch.map((o) => o.propertyId),
        batch.map((o) => o.ownerFiscalCode),
        batch.map((o) => o.sharePercent),
        batch.map((o) => o.from),
        batch.map((o) => o.to),
        batch.map((o) => o.mainResidence),
      ],
    );
  }
  return properties.length;
}
