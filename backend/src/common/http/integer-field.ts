import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Largest value of a PostgreSQL `integer` column: any integer field that reaches one stays below it. */
export const MAX_INT4 = 2_147_483_647;

const DIGITS = /^[+-]?\d{1,15}$/;

/**
 * An integer from a JSON body or a query string, always within `[min, max]`. `@Type(() => Number)` would turn
 * `"1e99"` into an integer-valued number and `"0x10"` into 16: only plain digits are read as a number, anything
 * else stays a string and fails `IsInt`. The mandatory `max` keeps `1e99` or 2^53 from reaching an OFFSET or an
 * `integer` column (PostgreSQL 22003, a 500).
 */
export function IntegerField({ min, max }: { min: number; max: number }) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value)),
    IsInt(),
    Min(min),
    Max(max),
  );
}
