import type { ValueTransformer } from 'typeorm';
import { Money } from '../domain/euro-amount.js';

/** pg returns bigint as a string; amounts in cents stay far below 2^53, so a number is exact. */
export const bigintCents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** numeric(9,6) comes back as '50.000000'; the domain wants the shortest exact form, '50'. */
export const exactDecimal: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : new Money(value).toString()),
};
