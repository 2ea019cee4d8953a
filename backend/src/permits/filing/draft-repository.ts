import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AttachmentKind, FilingSections } from '../domain/filing-requirements.js';
import type { PracticeType } from '../domain/practice-type.js';

export interface DraftRow {
  id: string;
  type: PracticeType;
  authorFiscalCode: string;
  authorName: string;
  sections: FilingSections;
  practiceId: string | null;
  protocolNumber: string | null;
  receiptStorageKey: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}

export interface AttachmentRow {
  id: string;
  draftId: string;
  kind: AttachmentKind;
  fileName: string;
  mediaType: 'application/pdf' | 'application/pkcs7-mime';
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  /** The signed PDF itself: the file for PAdES, the content of the `.p7m` for CAdES (what the office reads). */
  pdfStorageKey: string;
  pdfSha256: string;
  pdfSizeBytes: number;
  signatureFormat: 'pades' | 'cades';
  signerName: string;
  signerFiscalCode: string | null;
  signedAt: Date;
  uploadedByFiscalCode: string;
  uploadedAt: Date;
}

const DRAFT_COLUMNS = `id, type, author_fiscal_code AS "authorFiscalCode", author_name AS "authorName", sections,
  practice_id AS "practiceId", protocol_number AS "protocolNumber", receipt_storage_key AS "receiptStorageKey",
  version, created_at AS "createdAt", updated_at AS "updatedAt", submitted_at AS "submittedAt"`;

const ATTACHMENT_COLUMNS = `id, draft_id AS "draftId", kind, file_name AS "fileName", media_type AS "mediaType",
  size_bytes::float8 AS "sizeBytes", sha256, storage_key AS "storageKey", pdf_storage_key AS "pdfStorageKey",
  pdf_sha256 AS "pdfSha256", pdf_size_bytes::float8 AS "pdfSizeBytes", signature_format AS "signatureFormat",
  signer_name AS "signerName", signer_fiscal_code AS "signerFiscalCode", signed_at AS "signedAt",
  uploaded_by_fiscal_code AS "uploadedByFiscalCode", uploaded_at AS "uploadedAt"`;

/** The drafts of online filings and their signed attachments. */
@Injectable()
export class DraftRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async create(type: PracticeType, author: { fiscalCode: string; name: string }, sections: FilingSections) {
    const rows: DraftRow[] = await this.db().query(
      `INSERT INTO permit_draft (type, author_fiscal_code, author_name, sections) VALUES ($1, $2, $3, $4)
       RETURNING ${DRAFT_COLUMNS}`,
      [type, author.fiscalCode, author.name, JSON.stringify(sections)],
    );
    return rows[0];
  }

  /** The author's draft, or null: nobody else opens it (the parties see the practice once it is filed). */
  async findForAuthor(
    id: string,
    fiscalCode: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<DraftRow | null> {
    const rows: DraftRow[] = await this.db(manager).query(
      `SELECT ${DRAFT_COLUMNS} FROM permit_draft WHERE id = $1 AND author_fiscal_code = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, fiscalCode],
    );
    return rows[0] ?? null;
  }

  listForAuthor(fiscalCode: string): Promise<DraftRow[]> {
    return this.db().query(
      `SELECT ${DRAFT_COLUMNS} FROM permit_draft WHERE author_fiscal_code = $1 ORDER BY updated_at DESC LIMIT 100`,
      [fiscalCode],
    );
  }

  /** Saves the sections if nobody saved since `expectedVersion`; null when the version moved. */
  async saveSections(
    id: string,
    sections: FilingSections,
    expectedVersion: number | undefined,
    manager: EntityManager,
  ): Promise<DraftRow | null> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [DraftRow[], number] = await manager.query(
      `UPDATE permit_draft SET sections = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND submitted_at IS NULL AND ($3::int IS NULL OR version = $3)
       RETURNING ${DRAFT_COLUMNS}`,
      [id, JSON.stringify(sections), expectedVersion ?? null],
    );
    return rows[0] ?? null;
  }

  async markSubmitted(
    manager: EntityManager,
    id: string,
    filed: { practiceId: string; protocolNumber: string; receiptStorageKey: string; submittedAt: Date },
  ): Promise<void> {
    await manager.query(
      `UPDATE permit_draft SET practice_id = $2, protocol_number = $3, receipt_storage_key = $4, submitted_at = $5,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, filed.practiceId, filed.protocolNumber, filed.receiptStorageKey, filed.submittedAt],
    );
  }

  /** The filing of a practice, for its parties' receipt. */
  async findByPractice(practiceId: string): Promise<DraftRow | null> {
    const rows: DraftRow[] = await this.db().query(
      `SELECT ${DRAFT_COLUMNS} FROM permit_draft WHERE practice_id = $1`,
      [practiceId],
    );
    return rows[0] ?? null;
  }

  attachments(draftId: string, manager?: EntityManager): Promise<AttachmentRow[]> {
    return this.db(manager).query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM permit_draft_attachment WHERE draft_id = $1 ORDER BY uploaded_at, id`,
      [draftId],
    );
  }

  /** Inserts the attachment; the same content twice in one draft is stored once (returns the existing row). */
  async addAttachment(
    manager: EntityManager,
    row: Omit<AttachmentRow, 'id' | 'uploadedAt'>,
  ): Promise<AttachmentRow> {
    const inserted: AttachmentRow[] = await manager.query(
      `INSERT INTO permit_draft_attachment (draft_id, kind, file_name, media_type, size_bytes, sha256, storage_key,
         signature_format, signer_name, signer_fiscal_code, signed_at, uploaded_by_fiscal_code, pdf_storage_key,
         pdf_sha256, pdf_size_bytes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (draft_id, sha256) DO NOTHING
       RETURNING ${ATTACHMENT_COLUMNS}`,
      [
        row.draftId,
        row.kind,
        row.fileName,
        row.mediaType,
        row.sizeBytes,
        row.sha256,
        row.storageKey,
        row.signatureFormat,
        row.signerName,
        row.signerFiscalCode,
        row.signedAt,
        row.uploadedByFiscalCode,
        row.pdfStorageKey,
        row.pdfSha256,
        row.pdfSizeBytes,
      ],
    );
    if (inserted[0]) return inserted[0];
    const existing: AttachmentRow[] = await manager.query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM permit_draft_attachment WHERE draft_id = $1 AND sha256 = $2`,
      [row.draftId, row.sha256],
    );
    return existing[0];
  }

  async deleteAttachment(manager: EntityManager, draftId: string, attachmentId: string): Promise<boolean> {
    const [, affected]: [unknown[], number] = await manager.query(
      'DELETE FROM permit_draft_attachment WHERE draft_id = $1 AND id = $2',
      [draftId, attachmentId],
    );
    return affected > 0;
  }

  async touch(manager: EntityManager, draftId: string): Promise<void> {
    await manager.query('UPDATE permit_draft SET version = version + 1, updated_at = now() WHERE id = $1', [
      draftId,
    ]);
  }
}
