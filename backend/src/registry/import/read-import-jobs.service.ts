import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RegistryErrors } from '../registry-errors.js';
import {
  type ImportJobListView,
  type ImportJobView,
  importJobSummaryView,
  importJobView,
} from './import-job-views.js';
import { RegistryImportJob } from './registry-import-job.entity.js';

/** The office follows its imports: progress while running, the report at the end. */
@Injectable()
export class ReadImportJobs {
  constructor(@InjectRepository(RegistryImportJob) private readonly jobs: Repository<RegistryImportJob>) {}

  async byId(id: string): Promise<ImportJobView> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw RegistryErrors.importNotFound();
    return importJobView(job);
  }

  async recent(limit: number): Promise<ImportJobListView> {
    const jobs = await this.jobs.find({
      order: { createdAt: 'DESC' },
      take: limit,
      select: {
        id: true,
        source: true,
        state: true,
        phase: true,
        fileName: true,
        fileSize: true,
        fileSha256: true,
        startedBy: true,
        rowsRead: true,
        rowsValid: true,
        rowsRejected: true,
        errorCount: true,
        changes: true,
        failure: true,
        createdAt: true,
        startedAt: true,
        finishedAt: true,
        updatedAt: true,
      },
    });
    return { items: jobs.map(importJobSummaryView) };
  }
}
