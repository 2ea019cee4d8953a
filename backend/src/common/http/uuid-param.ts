import { Param, type PipeTransform } from '@nestjs/common';
import type { DomainError } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found: the same answer as for someone else's existing id. */
class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => DomainError) {}

  transform(value: string): string {
    if (!UUID.test(String(value))) throw this.notFound();
    return String(value).toLowerCase();
  }
}

/** A route parameter that must be a UUID; anything else answers with the module's own not-found error. */
export const UuidParam = (name: string, notFound: () => DomainError) => Param(name, new UuidPipe(notFound));
