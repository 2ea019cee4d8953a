import { Param, type PipeTransform } from '@nestjs/common';
import type { DomainError } from '../../common/errors/domain-error.js';
import { PermitErrors } from '../permit-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found: the answer is the same as for an existing one of others. */
class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => DomainError) {}

  transform(value: string): string {
    if (!UUID.test(String(value))) throw this.notFound();
    return String(value).toLowerCase();
  }
}

export const PracticeIdParam = () => Param('id', new UuidPipe(PermitErrors.practiceNotFound));
export const DocumentIdParam = () => Param('documentId', new UuidPipe(PermitErrors.documentNotFound));
