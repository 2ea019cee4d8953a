import { Injectable } from '@nestjs/common';
import {
  type HouseholdMemberRecord,
  type PersonRecord,
  RegistryRecords,
} from '../persistence/registry-records.js';
import { RegistrySource } from './registry-source.js';

/** The registry tables loaded by the import (REGISTRY_SOURCE=local, the default). */
@Injectable()
export class LocalRegistrySource extends RegistrySource {
  readonly kind = 'local' as const;

  constructor(private readonly records: RegistryRecords) {
    super();
  }

  person(fiscalCode: string): Promise<PersonRecord | null> {
    return this.records.findPersonByFiscalCode(fiscalCode);
  }

  async householdOf(person: PersonRecord): Promise<HouseholdMemberRecord[]> {
    return person.membership ? this.records.currentMembers(person.membership.householdId) : [];
  }
}
