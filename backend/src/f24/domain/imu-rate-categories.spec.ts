import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { Money } from './euro-amount.js';
import { RATE_CATEGORY_OF_CASE } from './imu-calculator.js';
import { legalBaseImuRates } from './imu-legal-base-rates.js';
import { IMU_RATE_CATEGORIES, type ImuRateCategory } from './imu-rate-categories.js';
import { validateImuRates } from './imu-validation.js';

/** The fields of a year's rates that are not rates: a category named like one would overwrite it. */
const OTHER_RATES_FIELDS = [
  'year',
  'label',
  'mainResidenceDeduction',
  'minimumAmount',
  'formerTasiSurcharge',
];

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('the IMU rate categories (L. 160/2019 art. 1 cc. 748-755)', () => {
  it('should give every category its own key and column, neither clashing with the other rates fields', () => {
    const keys = IMU_RATE_CATEGORIES.map((c) => c.key);
    const columns = IMU_RATE_CATEGORIES.map((c) => c.column);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(columns).size).toBe(columns.length);
    expect(keys.filter((key) => OTHER_RATES_FIELDS.includes(key))).toEqual([]);
    for (const category of IMU_RATE_CATEGORIES) {
      expect(category.key, category.key).toMatch(/^[a-z][A-Za-z]*$/);
      expect(category.column, category.key).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it.each(IMU_RATE_CATEGORIES.map((c) => [c.key, c] as const))(
    'should give %s Italian and English labels, a comma of the law and a sensible range',
    (_, category) => {
      const c: ImuRateCategory = category;
      expect(c.label.it.trim()).not.toBe('');
      expect(c.label.en.trim()).not.toBe('');
      expect(c.law).toMatch(/^cc?\. \d+/);
      const [min, base, max] = [new Money(c.min), new Money(c.base), new Money(c.max)];
      expect(min.lte(base) && base.lte(max), `${c.min} ≤ ${c.base} ≤ ${c.max}`).toBe(true);
      if (c.maxWithTasiSurcharge !== undefined) {
        expect(new Money(c.maxWithTasiSurcharge).gt(max)).toBe(true);
      }
    },
  );

  it('should have every category read by some taxed case of the calculator', () => {
    const read = new Set(Object.values(RATE_CATEGORY_OF_CASE));
    expect(IMU_RATE_CATEGORIES.map((c) => c.key).filter((key) => !read.has(key))).toEqual([]);
  });

  it('should seed the demo with each base rate and accept it', () => {
    const rates = legalBaseImuRates(2025);
    for (const category of IMU_RATE_CATEGORIES) expect(rates[category.key]).toBe(category.base);
    expect(() => validateImuRates(rates)).not.toThrow();
  });

  it.each(IMU_RATE_CATEGORIES.map((c) => [c.key, c] as const))(
    'should check %s against its own range and name it in the refusal',
    (key, category) => {
      const base = legalBaseImuRates(2025);
      const ceiling = category.maxWithTasiSurcharge ?? category.max;
      const above = new Money(ceiling).plus('0.01').toString();
      const error = refusal(() => validateImuRates({ ...base, [key]: above, formerTasiSurcharge: true }));
      expect(error.code).toBe('IMU_RATE_OUT_OF_RANGE');
      expect(error.field).toBe(`rates.${key}`);
      expect(error.detail).toContain(
        category.label.it.toLowerCase().slice(0, 1) + category.label.it.slice(1),
      );
      expect(error.detail).toContain(category.law);
      expect(() => validateImuRates({ ...base, [key]: category.min })).not.toThrow();
      expect(() => validateImuRates({ ...base, [key]: category.max })).not.toThrow();
      const missing = refusal(() => validateImuRates({ ...base, [key]: undefined as unknown as string }));
      expect(missing).toMatchObject({ code: 'INVALID_DECIMAL', field: `rates.${key}` });
    },
  );

  it('should not compile an entry without its labels or its legal range (checked by `npm run check`)', () => {
    const complete: ImuRateCategory = {
      key: 'example',
      column: 'example',
      label: { it: 'Esempio', en: 'Example' },
      min: '0',
      max: '1.06',
      base: '0.86',
      law: 'c. 754',
      taxCode: '3918',
    };
    // @ts-expect-error: the labels are part of the entry.
    const withoutLabels: ImuRateCategory = { ...complete, label: undefined };
    // @ts-expect-error: so is the English one the form shows.
    const withoutEnglish: ImuRateCategory = { ...complete, label: { it: 'Esempio' } };
    // @ts-expect-error: and the range the validation checks.
    const withoutRange: ImuRateCategory = { ...complete, max: undefined };
    expect([withoutLabels, withoutEnglish, withoutRange].every((c) => c.key === 'example')).toBe(true);
  });
});
