import { Param, type PipeTransform, Query } from '@nestjs/common';
import { assertValidFiscalCode } from '../italian/fiscal-code.js';

/** Normalises and fully validates a codice fiscale taken from the URL; invalid codes never reach a service. */
class FiscalCodePipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    return assertValidFiscalCode(String(value ?? ''), this.field);
  }
}

export const FiscalCodeParam = (name = 'fiscalCode') => Param(name, new FiscalCodePipe(name));
export const FiscalCodeQuery = (name: string) => Query(name, new FiscalCodePipe(name));
