import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';

/**
 * An optional field for which `null` means "not given", as a form that clears a field sends it. `IsOptional()`
 * alone lets `null` through unvalidated, and services written for `undefined` (`dto.x !== undefined`) then call
 * methods on it: a 500. Here the value reaches the service as `undefined`, whatever the DTO's other checks.
 */
export function AbsentIfNull() {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => (value === null ? undefined : value)),
  );
}
