import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { AbsentIfNull } from './absent-if-null.js';
import { IntegerField, MAX_INT4 } from './integer-field.js';

class PageQuery {
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  page?: number;

  @IntegerField({ min: 1, max: MAX_INT4 })
  version!: number;
}

class PropertyForm {
  @AbsentIfNull()
  @IsString()
  category?: string;
}

function check(plain: Record<string, unknown>) {
  const instance = plainToInstance(PageQuery, plain);
  return { instance, failed: validateSync(instance).map((error) => error.property) };
}

describe('IntegerField', () => {
  it('should read plain digits from a query string and keep JSON integers', () => {
    expect(check({ page: '12', version: 3 })).toEqual({ instance: { page: 12, version: 3 }, failed: [] });
    expect(check({ version: '+7' }).instance.version).toBe(7);
  });

  it('should refuse exponents, hex, decimals, NaN and padded digits that Number() would accept', () => {
    for (const page of ['1e99', '1e2', '0x10', '1.5', 'NaN', 'Infinity', ' 1', '', '1_000'])
      expect(check({ page, version: 1 }).failed, page).toEqual(['page']);
  });

  it('should refuse integers beyond the bounds, 2^53 and 1e99 included', () => {
    expect(check({ page: '101', version: 1 }).failed).toEqual(['page']);
    expect(check({ page: '0', version: 1 }).failed).toEqual(['page']);
    expect(check({ version: 9007199254740992 }).failed).toEqual(['version']);
    expect(check({ version: 1e99 }).failed).toEqual(['version']);
    expect(check({ version: MAX_INT4 + 1 }).failed).toEqual(['version']);
    expect(check({ version: MAX_INT4 }).failed).toEqual([]);
  });

  it('should refuse null and a missing value for a required integer', () => {
    expect(check({ version: null }).failed).toEqual(['version']);
    expect(check({}).failed).toEqual(['version']);
  });
});

describe('AbsentIfNull', () => {
  it('should turn null into undefined before the service sees it', () => {
    const form = plainToInstance(PropertyForm, { category: null });
    expect(validateSync(form)).toEqual([]);
    expect(form.category).toBeUndefined();
  });

  it('should still validate a value that is given', () => {
    expect(validateSync(plainToInstance(PropertyForm, { category: 42 })).map((e) => e.property)).toEqual([
      'category',
    ]);
    expect(plainToInstance(PropertyForm, { category: 'A/2' }).category).toBe('A/2');
  });
});
