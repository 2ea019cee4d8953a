import { Param, type PipeTransform } from '@nestjs/common';
import type { DomainError } from '../../common/errors/domain-error.js';
import { RegistryErrors } from '../registry-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found: the same answer as for someone else's existing id. */
class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => DomainError) {}

  transform(value: string): string {
    if (!UUID.test(String(value))) throw this.notFound();
    return String(value).toLowerCase();
  }
}

export const MemberIdParam = () => Param('personId', new UuidPipe(RegistryErrors.memberNotFound));
export const PersonIdParam = () => Param('id', new UuidPipe(RegistryErrors.personNotFound));
export const CorrectionIdParam = () => Param('id', new UuidPipe(RegistryErrors.correctionNotFound));
export const ImportIdParam = () => Param('id', new UuidPipe(RegistryErrors.importNotFound));
