import { Logger } from '@nestjs/common';
import type { AnprConfig } from '../../config/configuration.js';
import type { AnprClient } from '../anpr/anpr-client.js';
import { householdFromAnpr, personFromAnpr } from '../anpr/anpr-records.js';
import { AnprUnavailable } from '../anpr/anpr-unavailable.js';
import type { HouseholdMemberRecord, PersonRecord } from '../persistence/registry-records.js';
import { RegistryErrors } from '../registry-errors.js';
import { RegistrySource, type SourceRead } from './registry-source.js';

/**
 * ANPR through PDND (REGISTRY_SOURCE=anpr): AR001 for the person and their residence, FS001 for the household.
 * Nothing read is stored or cached: each read asks ANPR, so no stale data is ever shown as current. When PDND or
 * ANPR is down, slow or refusing, the resident gets a 503 problem, never a partial record.
 */
export class AnprRegistrySource extends RegistrySource {
  readonly kind = 'anpr' as const;
  private readonly logger = new Logger('AnprRegistrySource');

  constructor(
    private readonly client: AnprClient,
    private readonly config: Pick<AnprConfig, 'loa' | 'userLocation'>,
    private readonly municipalityName: string,
  ) {
    super();
  }

  async person(fiscalCode: string, read: SourceRead): Promise<PersonRecord | null> {
    const [subject, family] = await this.guard(() =>
      Promise.all([
        this.client.residence(fiscalCode, this.tracked(read), read.purpose),
        this.client.family(fiscalCode, this.tracked(read), read.purpose),
      ]),
    );
    if (!subject) return null;
    return personFromAnpr(subject, householdFromAnpr(family ?? []), this.municipalityName);
  }

  async householdOf(person: PersonRecord, read: SourceRead): Promise<HouseholdMemberRecord[]> {
    if (!person.membership) return [];
    const family = await this.guard(() =>
      this.client.family(person.fiscalCode, this.tracked(read), read.purpose),
    );
    return householdFromAnpr(family ?? []);
  }

  private tracked(read: SourceRead) {
    return { userId: read.user.fiscalCode, userLocation: this.config.userLocation, loa: this.config.loa };
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof AnprUnavailable)) throw error;
      this.logger.warn(error.message);
      throw error.kind === 'refused'
        ? RegistryErrors.nationalRegistryRefused()
        : RegistryErrors.nationalRegistryUnavailable();
    }
  }
}
