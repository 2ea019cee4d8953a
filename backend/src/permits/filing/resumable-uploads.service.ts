import { createHash, randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { FileStore as TusFileStore } from '@tus/file-store';
import { Metadata, Server, type Upload } from '@tus/server';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/italian/clock.js';
import { permitsConfig } from '../../config/app.config.js';
import type { AttachmentKind } from '../domain/filing-requirements.js';
import { PermitErrors } from '../permit-errors.js';
import { attachmentKind, DraftAttachmentsService } from './draft-attachments.service.js';
import { FilingErrors } from './filing-errors.js';
import type { AttachmentView } from './filing-views.js';

/** An upload left unfinished (or finished but never completed) this long is removed. */
export const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const LENGTH = /^[1-9][0-9]{0,15}$/;

/** What the portal decided about an upload before tus creates it; tus stores it as the upload's metadata. */
interface UploadContext {
  draftId: string;
  owner: string;
  kind: AttachmentKind;
  filename: string;
}

/** The Express request the tus server wraps: it reaches the hooks as `runtime.node.req`. */
type PermitUploadRequest = Request & { permitUpload?: UploadContext };
type WrappedRequest = { runtime?: { node?: { req?: PermitUploadRequest } } };

/** A refusal of the tus server, carried out of its handler so the portal answers it as a problem document. */
class TusRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string,
  ) {
    super(`tus ${statusCode}: ${reason}`);
  }
}

/** Uploads are matched to their author without keeping the codice fiscale in clear on disk. */
const ownerKey = (fiscalCode: string) => createHash('sha256').update(fiscalCode).digest('hex');

/**
 * Resumable uploads of a draft's signed attachments, over the tus protocol (tus.io, @tus/server with
 * @tus/file-store): created with the attachment's kind and size (refused at once when too large or when the
 * kind is full), resumed after an interruption from the offset the server reports, and completed with
 * `complete`, which hands the whole file to `DraftAttachmentsService.upload`, the same path as the multipart
 * route (signature verification, limits, one stored copy per content). See docs/sue-filing.md.
 */
@Injectable()
export class ResumableUploadsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ResumableUploadsService.name);
  private readonly store: TusFileStore;
  private readonly server: Server;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @Inject(permitsConfig.KEY) private readonly config: ConfigType<typeof permitsConfig>,
    private readonly attachments: DraftAttachmentsService,
    private readonly clock: Clock,
  ) {
    this.store = new TusFileStore({
      directory: config.uploadsDir,
      expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS,
    });
    this.server = new Server({
      // Only the upload's own URL matters (generateUrl): the routes are the controller's.
      path: '/api/permits/drafts',
      datastore: this.store,
      maxSize: config.uploadMaxBytes,
      // Same origin only: the frontend forwards `/api`; no CORS header invites other sites.
      allowedOrigins: [],
      namingFunction: () => randomUUID(),
      // Relative to the creation request's own path, so it works behind the frontend's `/api` forwarding.
      generateUrl: (req, { id }) => `${new URL(req.url).pathname.replace(/\/+$/, '')}/${id}`,
      onUploadCreate: async (req) => {
        const context = (req as unknown as WrappedRequest).runtime?.node?.req?.permitUpload;
        if (!context) throw new TusRefusal(403, 'upload not prepared by the portal');
        return { metadata: { ...context } };
      },
      onResponseError: async (_req, error) => {
        const refusal = error as { status_code?: number; body?: string; message?: string };
        throw new TusRefusal(refusal.status_code ?? 500, (refusal.body ?? refusal.message ?? '').trim());
      },
    });
  }

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** tus creation (`POST …/uploads`): checks the draft, kind, size and room, then lets tus create the upload. */
  async create(draftId: string, user: AuthUser, req: Request, res: Response): Promise<void> {
    requireTus(req);
    if (req.get('upload-defer-length') !== undefined) throw FilingErrors.uploadLengthRequired();
    const declared = req.get('upload-length') ?? '';
    if (!LENGTH.test(declared) || !Number.isSafeInteger(Number(declared))) {
      throw FilingErrors.uploadLengthRequired();
    }
    const length = Number(declared);
    let metadata: Record<string, string | null>;
    try {
      metadata = Metadata.parse(req.get('upload-metadata') ?? undefined);
    } catch {
      throw FilingErrors.uploadMetadataInvalid();
    }
    // The kind first: a refusal names what is wrong with the request before what is too large.
    attachmentKind(metadata.kind);
    if (length > this.config.uploadMaxBytes) throw PermitErrors.documentTooLarge(this.config.uploadMaxBytes);
    const kind = await this.attachments.checkRoomFor(draftId, metadata.kind, length, user);
    (req as PermitUploadRequest).permitUpload = {
      draftId,
      owner: ownerKey(user.fiscalCode),
      kind,
      filename: metadata.filename ?? '',
    };
    await this.delegate(req, res);
  }

  /** tus offset (`HEAD`), data (`PATCH`) and termination (`DELETE`) of the caller's own upload. */
  async resume(
    draftId: string,
    uploadId: string,
    user: AuthUser,
    req: Request,
    res: Response,
  ): Promise<void> {
    requireTus(req);
    await this.ownedUpload(draftId, uploadId, user);
    await this.delegate(req, res);
  }

  /**
   * The whole file, verified and attached exactly as the multipart route does; the upload is removed once
   * attached, or once its signature is refused (the same bytes would be refused again).
   */
  async complete(draftId: string, uploadId: string, user: AuthUser): Promise<AttachmentView> {
    const upload = await this.ownedUpload(draftId, uploadId, user);
    if (upload.size === undefined || upload.offset !== upload.size) {
      throw FilingErrors.uploadIncomplete(upload.offset, upload.size ?? 0);
    }
    const content = await buffer(this.store.read(uploadId));
    try {
      const attachment = await this.attachments.upload(
        draftId,
        { originalname: upload.metadata?.filename ?? '', size: content.length, buffer: content },
        upload.metadata?.kind,
        user,
      );
      await this.store.remove(uploadId);
      return attachment;
    } catch (error) {
      if (error instanceof DomainError && error.code.startsWith('SIGNATURE_')) {
        await this.store.remove(uploadId);
      }
      throw error;
    }
  }

  /** Removes uploads older than 24 hours, finished or not: a completed one is removed when attached. */
  async sweep(): Promise<number> {
    const ids = (await this.store.configstore.list?.()) ?? [];
    let removed = 0;
    for (const id of ids) {
      const info = await this.store.configstore.get(id).catch(() => undefined);
      if (info && !this.expired(info)) continue;
      await this.store.remove(id).catch((error: unknown) => {
        this.logger.warn(`expired upload ${id} not removed: ${String(error)}`);
      });
      removed += 1;
    }
    return removed;
  }

  private expired(upload: Pick<Upload, 'creation_date'>): boolean {
    const created = Date.parse(upload.creation_date ?? '');
    return !Number.isFinite(created) || created + UPLOAD_EXPIRY_MS <= this.clock.now().getTime();
  }

  /** The upload, if it is the caller's, of this draft, and not expired; otherwise not found. */
  private async ownedUpload(draftId: string, uploadId: string, user: AuthUser): Promise<Upload> {
    const upload = await this.store.getUpload(uploadId).catch(() => undefined);
    if (
      !upload ||
      upload.metadata?.draftId !== draftId ||
      upload.metadata?.owner !== ownerKey(user.fiscalCode) ||
      this.expired(upload)
    ) {
      throw FilingErrors.uploadNotFound();
    }
    return upload;
  }

  private async delegate(req: Request, res: Response): Promise<void> {
    try {
      await this.server.handle(req, res);
    } catch (error) {
      if (!(error instanceof TusRefusal)) throw error;
      if (error.statusCode === 404 || error.statusCode === 410) throw FilingErrors.uploadNotFound();
      if (error.statusCode >= 500) this.logger.error(`tus upload failed: ${error.reason}`);
      throw FilingErrors.uploadProtocol(error.statusCode, error.reason);
    }
  }
}

function requireTus(req: Request): void {
  if (req.get('tus-resumable') !== '1.0.0') throw FilingErrors.tusVersionRequired();
}
