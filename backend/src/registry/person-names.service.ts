import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/authorization/roles.js';
import { type ReadSubject, RecordRegistryReads } from './access-log/record-registry-reads.service.js';
import { RegistrySource } from './source/registry-source.js';

export interface RegistryName {
  givenName: string;
  familyName: string;
}

/**
 * The names the registry source (local tables or ANPR) records for some codici fiscali, for the forms other modules
 * fill in for the office (the parties of a building practice): the clerk does not retype a known person's name.
 */
@Injectable()
export class RegistryPersonNames {
  constructor(
    private readonly source: RegistrySource,
    private readonly reads: RecordRegistryReads,
  ) {}

  /**
   * The registry's name for each codice fiscale the source knows; unknown ones are absent. Each person found
   * gets an access-log event naming the clerk, their office and `read.purpose`.
   */
  async namesOf(
    fiscalCodes: readonly string[],
    read: { user: AuthUser; purpose: string },
  ): Promise<Map<string, RegistryName>> {
    const names = new Map<string, RegistryName>();
    const found: ReadSubject[] = [];
    for (const fiscalCode of new Set(fiscalCodes)) {
      const person = await this.source.person(fiscalCode, read);
      if (!person) continue;
      found.push({ personId: person.id, fiscalCode: person.fiscalCode });
      if (person.givenName && person.familyName) {
        names.set(fiscalCode, { givenName: person.givenName, familyName: person.familyName });
      }
    }
    // The office the clerk acts for (permits, ...), not their resident role.
    const role = read.user.roles.find((candidate) => candidate !== 'resident') ?? 'resident';
    await this.reads.record({ user: read.user, role }, found, 'practice_party', read.purpose);
    return names;
  }
}
