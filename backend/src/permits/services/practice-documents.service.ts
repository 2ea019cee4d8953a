import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { FileStore } from '../../storage/file-store.js';
import type { UploadedDocumentFile } from '../documents/document-upload.interceptor.js';
import { inspectDocument } from '../documents/inspect-document.js';
import { PermitErrors } from '../permit-errors.js';
import { openRequest, type PracticeAggregate } from '../persistence/practice-aggregate.js';
import { type DocumentSignature, PracticeDocument } from '../persistence/practice-document.entity.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import { actorRoleOf, documentView } from '../views/practice-view-mapper.js';
import type { DocumentView } from '../views/practice-views.js';
import type { CallerCapacity } from './practice-audit.js';
import { PracticeAudit } from './practice-audit.js';

export interface DocumentDownload {
  fileName: string;
  mediaType: string;
  size: number;
  content: Readable;
}

function isParty(aggregate: PracticeAggregate, user: AuthUser): boolean {
  return aggregate.parties.some((party) => party.fiscalCode === user.fiscalCode);
}

/**
 * Documents of a practice. Parties upload only in answer to an open request of the office; the office may
 * upload any time (a document it receives on paper, its own acts). The content decides what a file is, and
 * nothing is stored before it passed the checks.
 */
@Injectable()
export class PracticeDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly files: FileStore,
    private readonly audit: PracticeAudit,
  ) {}

  async upload(
    id: string,
    file: UploadedDocumentFile | undefined,
    user: AuthUser,
    capacity: CallerCapacity,
    signature: DocumentSignature | null = null,
  ): Promise<DocumentView> {
    if (!file) throw PermitErrors.documentMissing();
    const inspected = await inspectDocument(file.buffer, file.originalname);
    const saved = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, id);
      if (!aggregate || (capacity === 'resident' && !isParty(aggregate, user)))
        throw PermitErrors.practiceNotFound();
      const open = openRequest(aggregate);
      if (capacity === 'resident' && !open) throw PermitErrors.noOpenRequest();
      const roles = aggregate.parties
        .filter((party) => party.fiscalCode === user.fiscalCode)
        .map((party) => party.role);
      const stored = await this.files.put(Readable.from([file.buffer]));
      const document = await manager.save(
        manager.create(PracticeDocument, {
          practiceId: id,
          integrationRequestId: open?.id ?? null,
          fileName: inspected.fileName,
          mediaType: inspected.mediaType,
          sizeBytes: String(stored.size),
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedByFiscalCode: user.fiscalCode,
          uploadedByRole: capacity === 'permits' ? 'permits' : actorRoleOf(roles),
          uploadedByName: `${user.givenName} ${user.familyName}`,
          signerName: signature?.signerName ?? null,
          signerFiscalCode: signature?.signerFiscalCode ?? null,
          signedAt: signature?.signedAt ?? null,
          signatureFormat: signature?.signatureFormat ?? null,
        }),
      );
      await this.audit.change(manager, aggregate, user, capacity, 'permits.document.upload', {
        documentId: document.id,
        fileName: document.fileName,
        sha256: document.sha256,
        sizeBytes: stored.size,
        integrationRequestId: document.integrationRequestId,
        signerFiscalCode: document.signerFiscalCode,
      });
      return document;
    });
    return documentView(saved);
  }

  async download(
    id: string,
    documentId: string,
    user: AuthUser,
    capacity: CallerCapacity,
  ): Promise<DocumentDownload> {
    const document = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, id);
      if (!aggregate || (capacity === 'resident' && !isParty(aggregate, user)))
        throw PermitErrors.practiceNotFound();
      const document = aggregate.documents.find((candidate) => candidate.id === documentId);
      if (!document) throw PermitErrors.documentNotFound();
      await this.audit.read(manager, aggregate, user, capacity, 'document', document.id);
      return document;
    });
    return {
      fileName: document.fileName,
      mediaType: document.mediaType,
      size: Number(document.sizeBytes),
      content: await this.files.open(document.storageKey),
    };
  }
}
