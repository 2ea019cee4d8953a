import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { FileStore } from '../../storage/file-store.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import { PracticeAudit } from '../services/practice-audit.js';
import type { DocumentDownload } from '../services/practice-documents.service.js';
import { DraftRepository } from './draft-repository.js';
import { FilingErrors } from './filing-errors.js';

/** The sealed receipt of an online filing, for the parties of the practice (and nobody else). */
@Injectable()
export class FilingReceiptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
    private readonly practices: PracticeRepository,
    private readonly files: FileStore,
    private readonly audit: PracticeAudit,
  ) {}

  async download(practiceId: string, user: AuthUser): Promise<DocumentDownload> {
    const draft = await this.drafts.findByPractice(practiceId);
    if (!draft?.receiptStorageKey || !draft.protocolNumber) throw FilingErrors.receiptNotFound();
    const storageKey = draft.receiptStorageKey;
    const protocolNumber = draft.protocolNumber;
    await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, practiceId);
      if (!aggregate?.parties.some((party) => party.fiscalCode === user.fiscalCode)) {
        throw FilingErrors.receiptNotFound();
      }
      await this.audit.read(manager, aggregate, user, 'resident', 'document');
    });
    const chunks: Buffer[] = [];
    for await (const chunk of await this.files.open(storageKey)) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    return {
      fileName: `ricevuta-${protocolNumber.replace('/', '-')}.pdf`,
      mediaType: 'application/pdf',
      size: pdf.length,
      content: Readable.from([pdf]),
    };
  }
}
