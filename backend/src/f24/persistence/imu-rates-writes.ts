import type { EntityManager } from 'typeorm';
import { IMU_RATE_CATEGORIES } from '../domain/imu-rate-categories.js';
import type { ImuRates } from '../domain/imu-types.js';

const COLUMNS = [
  'year',
  'label',
  ...IMU_RATE_CATEGORIES.map((category) => category.column),
  'main_residence_deduction_cents',
  'minimum_amount_cents',
  'former_tasi_surcharge',
  'updated_by',
];

function insertRates(onConflict: string): string {
  const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  return `INSERT INTO imu_rates (${COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (year) ${onConflict}`;
}

/** Every column but the key, replaced by the new value; `updated_at` is the moment of the change. */
const REPLACE = insertRates(
  `DO UPDATE SET ${COLUMNS.filter((column) => column !== 'year')
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ')}, updated_at = now()`,
);
const KEEP = insertRates('DO NOTHING');

function parameters(rates: ImuRates, updatedBy: string | null): unknown[] {
  return [
    rates.year,
    rates.label,
    ...IMU_RATE_CATEGORIES.map((category) => rates[category.key]),
    rates.mainResidenceDeduction,
    rates.minimumAmount,
    rates.formerTasiSurcharge ?? false,
    updatedBy,
  ];
}

/**
 * Stores the rates of `rates.year`, replacing those entered before. One statement, so two clerks saving the
 * same new year do not collide on the primary key.
 */
export async function saveImuRates(
  manager: EntityManager,
  rates: ImuRates,
  updatedBy: string | null,
): Promise<void> {
  await manager.query(REPLACE, parameters(rates, updatedBy));
}

/** Stores the rates of `rates.year` unless that year has rates already (the demo never overwrites the office). */
export async function insertImuRatesIfAbsent(manager: EntityManager, rates: ImuRates): Promise<void> {
  await manager.query(KEEP, parameters(rates, null));
}
