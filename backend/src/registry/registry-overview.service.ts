import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../common/calendar/civil-date.js';
import { CorrectionRecords } from './corrections/correction-records.js';
import type { StaffCorrectionView } from './corrections/correction-views.js';
import type { IdentityDocument } from './domain/registry-types.js';
import type { ImportJobListView } from './import/import-job-views.js';
import { ReadImportJobs } from './import/read-import-jobs.service.js';
import { RegistryRecords } from './persistence/registry-records.js';

/**
 * What the personal area and the staff home read from the registry: small answers shaped for them, so no other
 * module reads the registry tables or holds its records.
 */
@Injectable()
export class RegistryOverview {
  constructor(
    private readonly records: RegistryRecords,
    private readonly corrections: CorrectionRecords,
    private readonly imports: ReadImportJobs,
  ) {}

  /** The identity document on record for a resident: its expiry is one of their deadlines. */
  async identityDocumentOf(fiscalCode: string): Promise<IdentityDocument | null> {
    const person = await this.records.findPersonByFiscalCode(fiscalCode);
    return person?.identityDocument ?? null;
  }

  /** The name on record of a living resident, for forms filled in their name (the SUE's titolare). */
  async nameOf(fiscalCode: string): Promise<{ givenName: string; familyName: string } | null> {
    const person = await this.records.findPersonByFiscalCode(fiscalCode);
    if (!person || person.status === 'deceased') return null;
    return { givenName: person.givenName, familyName: person.familyName };
  }

  /** The office's open correction requests: how many, how many overdue, and the oldest `limit` of them. */
  async openCorrections(
    today: IsoDate,
    limit: number,
  ): Promise<{ open: number; overdue: number; oldest: StaffCorrectionView[] }> {
    const [summary, oldest] = await Promise.all([
      this.corrections.queueSummary(today),
      this.corrections.queue('open', limit, 0, today),
    ]);
    return { open: summary.open, overdue: summary.overdue, oldest: oldest.items };
  }

  /** The latest imports, running or finished. */
  recentImports(limit: number): Promise<ImportJobListView> {
    return this.imports.recent(limit);
  }
}
