import type { EntityManager } from 'typeorm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Money } from '../src/f24/domain/euro-amount.js';
import { legalBaseImuRates } from '../src/f24/domain/imu-legal-base-rates.js';
import { IMU_RATE_CATEGORIES, perImuRateCategory } from '../src/f24/domain/imu-rate-categories.js';
import { insertImuRatesIfAbsent } from '../src/f24/persistence/imu-rates-writes.js';
import { problemOf, taxesClerk } from './f24-fixtures.js';
import { testDb } from './support/db.js';
import type { TestSession } from './support/session.js';

const { backendUrl } = inject('stack');

const json = (body: unknown): RequestInit => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

let clerk: TestSession;

beforeAll(async () => {
  clerk = await taxesClerk();
});

/**
 * The catalogue of IMU rate categories (backend/src/f24/domain/imu-rate-categories.ts) against what the
 * migrations built and what the API says: a category added without its migration, or a rate column left
 * without its category, fails here.
 */
describe('IMU rate categories', () => {
  it('should have one numeric column in imu_rates per category, and no rate column without one', async () => {
    const { rows } = await testDb().query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'imu_rates' AND data_type = 'numeric'`,
    );
    expect(rows.map((row) => row.column_name).sort()).toEqual(
      IMU_RATE_CATEGORIES.map((category) => category.column).sort(),
    );
    expect(rows.filter((row) => row.is_nullable !== 'NO').map((row) => row.column_name)).toEqual([]);
  });

  it('should serve the catalogue to the office, labels and legal ranges included, in the form order', async () => {
    const response = await clerk.fetch('/api/staff/taxes/imu-rate-categories');
    expect(response.status).toBe(200);
    const categories = (await response.json()) as { key: string; label: { it: string; en: string } }[];
    expect(categories).toEqual(
      IMU_RATE_CATEGORIES.map((category) => ({
        key: category.key,
        label: category.label,
        min: category.min,
        max: category.max,
        maxWithTasiSurcharge: category.maxWithTasiSurcharge ?? null,
        law: category.law,
      })),
    );
    expect(categories.find((c) => c.key === 'groupD')).toMatchObject({
      min: '0.76',
      max: '1.06',
      law: 'c. 753',
    });
  });

  it('should store, list and audit every category of a year, each in its own column', async () => {
    const year = 2097;
    // A distinct value per category (each within its range), so a rate stored in another's column shows.
    const rates = perImuRateCategory((category) => category.min);
    const distinct = perImuRateCategory((category) =>
      new Money(category.min).plus((IMU_RATE_CATEGORIES.indexOf(category) + 1) / 1000).toString(),
    );
    expect(new Set(Object.values(distinct)).size).toBe(IMU_RATE_CATEGORIES.length);
    const response = await clerk.fetch(
      `/api/staff/taxes/imu-rates/${year}`,
      json({ rates: distinct, mainResidenceDeduction: '200.00', minimumAmount: '12.00' }),
    );
    expect(response.status, await response.clone().text()).toBe(200);
    expect(((await response.json()) as { rates: unknown }).rates).toEqual(distinct);
    const { rows } = await testDb().query('SELECT * FROM imu_rates WHERE year = $1', [year]);
    for (const category of IMU_RATE_CATEGORIES) {
      expect(Number(rows[0][category.column]), category.column).toBe(Number(distinct[category.key]));
    }
    const list = (await (await clerk.fetch('/api/staff/taxes/imu-rates')).json()) as {
      year: number;
      rates: unknown;
    }[];
    expect(list.find((entry) => entry.year === year)?.rates).toEqual(distinct);
    // Saving again replaces every rate of the year.
    const again = await clerk.fetch(
      `/api/staff/taxes/imu-rates/${year}`,
      json({ rates, mainResidenceDeduction: '200.00', minimumAmount: '12.00' }),
    );
    expect(((await again.json()) as { rates: unknown }).rates).toEqual(rates);
  });

  it('should seed the demo base rates of a year without overwriting rates the office entered', async () => {
    // The seeder's manager only runs SQL: the pool of the test database stands in for it.
    const manager = { query: (sql: string, parameters: unknown[]) => testDb().query(sql, parameters) };
    await insertImuRatesIfAbsent(manager as unknown as EntityManager, legalBaseImuRates(2088));
    const { rows } = await testDb().query('SELECT * FROM imu_rates WHERE year = 2088');
    expect(rows[0]).toMatchObject({ label: 'demo', former_tasi_surcharge: false, updated_by: null });
    for (const category of IMU_RATE_CATEGORIES) {
      expect(Number(rows[0][category.column]), category.column).toBe(Number(category.base));
    }
    const entered = await clerk.fetch(
      '/api/staff/taxes/imu-rates/2088',
      json({
        label: 'delibera C.C. n. 1',
        rates: perImuRateCategory((category) => category.max),
        mainResidenceDeduction: '200.00',
        minimumAmount: '12.00',
      }),
    );
    expect(entered.status).toBe(200);
    await insertImuRatesIfAbsent(manager as unknown as EntityManager, legalBaseImuRates(2088));
    const after = await testDb().query('SELECT label, group_d FROM imu_rates WHERE year = 2088');
    expect(after.rows[0].label).toBe('delibera C.C. n. 1');
    expect(Number(after.rows[0].group_d)).toBe(1.06);
  });

  it('should refuse a body that leaves out a category or adds one the catalogue does not have', async () => {
    const { land: _, ...withoutLand } = perImuRateCategory((category) => category.base);
    const missing = await clerk.fetch(
      '/api/staff/taxes/imu-rates/2096',
      json({ rates: withoutLand, mainResidenceDeduction: '200.00', minimumAmount: '12.00' }),
    );
    expect(missing.status).toBe(400);
    expect(await problemOf(missing)).toMatchObject({ field: 'rates.land' });
    const unknown = await clerk.fetch(
      '/api/staff/taxes/imu-rates/2096',
      json({
        rates: { ...perImuRateCategory((category) => category.base), holidayHomes: '1' },
        mainResidenceDeduction: '200.00',
        minimumAmount: '12.00',
      }),
    );
    expect(unknown.status).toBe(400);
    expect(await problemOf(unknown)).toMatchObject({ field: 'rates.holidayHomes' });
  });

  it('should describe each category of the request and the view in the OpenAPI document', async () => {
    const document = (await (await fetch(`${backendUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, object>;
      components: {
        schemas: Record<
          string,
          { required?: string[]; properties: Record<string, { description?: string }> }
        >;
      };
    };
    expect(document.paths['/api/staff/taxes/imu-rate-categories']).toBeDefined();
    const keys = IMU_RATE_CATEGORIES.map((category) => category.key);
    for (const name of ['ImuRatePercentsDto', 'ImuRatePercentsView']) {
      const schema = document.components.schemas[name];
      expect(Object.keys(schema.properties), name).toEqual(keys);
      expect(schema.required, name).toEqual(keys);
    }
    expect(document.components.schemas.ImuRatePercentsDto.properties.groupD.description).toContain(
      '0.76 – 1.06',
    );
  });
});
