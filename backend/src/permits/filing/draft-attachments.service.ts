import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { FileStore } from '../../storage/file-store.js';
import type { UploadedDocumentFile } from '../documents/document-upload.interceptor.js';
import {
  ATTACHMENT_KIND_INFO,
  ATTACHMENT_KINDS,
  type AttachmentKind,
} from '../domain/filing-requirements.js';
import { SignatureVerifier } from '../signatures/signature-verifier.service.js';
import { DraftRepository } from './draft-repository.js';
import { FilingErrors } from './filing-errors.js';
import { type AttachmentView, attachmentView } from './filing-views.js';

export function attachmentKind(kind: unknown): AttachmentKind {
  if (
    typeof kind !== 'string' ||
    !(ATTACHMENT_KINDS as readonly string[]).includes(kind) ||
    kind === 'integrazione'
  ) {
    throw FilingErrors.kindUnknown();
  }
  return kind as AttachmentKind;
}

/** A file name safe to show and to send back in Content-Disposition: printable characters only. */
function cleanFileName(name: string | undefined, format: 'pades' | 'cades'): string {
  const cleaned = [...(name ?? '')]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/["\\/]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || (format === 'cades' ? 'documento.pdf.p7m' : 'documento.pdf');
}

/**
 * Signed attachments of a draft. The signature is verified before anything is stored: a refused file leaves no
 * trace, and a file sent again after an interrupted upload is stored once (the content is its key).
 */
@Injectable()
export class DraftAttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
    private readonly files: FileStore,
    private readonly signatures: SignatureVerifier,
  ) {}

  async upload(
    draftId: string,
    file: UploadedDocumentFile | undefined,
    kindField: unknown,
    user: AuthUser,
  ): Promise<AttachmentView> {
    const kind = attachmentKind(kindField);
    if (!file || file.size === 0) throw FilingErrors.fileMissing();
    const existing = await this.drafts.findForAuthor(draftId, user.fiscalCode);
    if (!existing) throw FilingErrors.draftNotFound();
    if (file.size > ATTACHMENT_KIND_INFO[kind].maxBytes) throw FilingErrors.tooLarge(kind);
    const verified = await this.signatures.verify(file.buffer);
    const stored = await this.files.put(Readable.from([file.buffer]));
    const pdf = verified.format === 'cades' ? await this.files.put(Readable.from([verified.pdf])) : stored;
    const row = await this.dataSource.transaction(async (manager) => {
      const draft = await this.drafts.findForAuthor(draftId, user.fiscalCode, manager, true);
      if (!draft) throw FilingErrors.draftNotFound();
      if (draft.protocolNumber) throw FilingErrors.alreadySubmitted(draft.protocolNumber);
      const attachments = await this.drafts.attachments(draftId, manager);
      const same = attachments.find((attachment) => attachment.sha256 === stored.sha256);
      if (same) return same;
      if (
        attachments.filter((attachment) => attachment.kind === kind).length >=
        ATTACHMENT_KIND_INFO[kind].maxCount
      ) {
        throw FilingErrors.tooMany(kind);
      }
      const added = await this.drafts.addAttachment(manager, {
        draftId,
        kind,
        fileName: cleanFileName(file.originalname, verified.format),
        mediaType: verified.format === 'cades' ? 'application/pkcs7-mime' : 'application/pdf',
        sizeBytes: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        pdfStorageKey: pdf.key,
        pdfSha256: pdf.sha256,
        pdfSizeBytes: pdf.size,
        signatureFormat: verified.format,
        signerName: verified.signer.commonName,
        signerFiscalCode: verified.signer.fiscalCode,
        signedAt: verified.signedAt,
        uploadedByFiscalCode: user.fiscalCode,
      });
      await this.drafts.touch(manager, draftId);
      return added;
    });
    return attachmentView(row);
  }

  /**
   * Whether a file of `size` bytes of `kind` could still join the draft: asked when a resumable upload starts, so
   * that a file too large, a kind already full or a draft already sent are refused before any byte travels. The
   * completed upload then goes through `upload` like a multipart one, which checks everything again.
   */
  async checkRoomFor(
    draftId: string,
    kindField: unknown,
    size: number,
    user: AuthUser,
  ): Promise<AttachmentKind> {
    const kind = attachmentKind(kindField);
    const draft = await this.drafts.findForAuthor(draftId, user.fiscalCode);
    if (!draft) throw FilingErrors.draftNotFound();
    if (draft.protocolNumber) throw FilingErrors.alreadySubmitted(draft.protocolNumber);
    if (size > ATTACHMENT_KIND_INFO[kind].maxBytes) throw FilingErrors.tooLarge(kind);
    const attachments = await this.drafts.attachments(draftId);
    if (
      attachments.filter((attachment) => attachment.kind === kind).length >=
      ATTACHMENT_KIND_INFO[kind].maxCount
    ) {
      throw FilingErrors.tooMany(kind);
    }
    return kind;
  }

  async remove(draftId: string, attachmentId: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const draft = await this.drafts.findForAuthor(draftId, user.fiscalCode, manager, true);
      if (!draft) throw FilingErrors.draftNotFound();
      if (draft.protocolNumber) throw FilingErrors.alreadySubmitted(draft.protocolNumber);
      if (!(await this.drafts.deleteAttachment(manager, draftId, attachmentId))) {
        throw FilingErrors.attachmentNotFound();
      }
      await this.drafts.touch(manager, draftId);
    });
  }
}
