import { applyDecorators, Controller, Delete, Head, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { FilingErrors } from './filing-errors.js';
import { AttachmentView } from './filing-views.js';
import { ResumableUploadsService } from './resumable-uploads.service.js';

type AuthenticatedRequest = Request & { user: AuthUser };

const DraftIdParam = () => UuidParam('id', FilingErrors.draftNotFound);
const UploadIdParam = () => UuidParam('uploadId', FilingErrors.uploadNotFound);
const TusResumable = () =>
  ApiHeader({ name: 'Tus-Resumable', required: true, description: 'The tus protocol version: 1.0.0.' });
/** A tus request on an upload in progress: its author only, the protocol's header, 404 once it is gone. */
const TusUploadRequest = (notFound = 'UPLOAD_NOT_FOUND') =>
  applyDecorators(Authenticated(), TusResumable(), ApiNotFoundResponse({ description: notFound }));

/**
 * Resumable uploads of a draft's signed attachments (tus 1.0.0: creation, HEAD for the offset, PATCH for the
 * bytes, DELETE to give up), then `complete` to verify and attach the file. Only the draft's author reaches
 * them; writes carry the CSRF token like every other route.
 */
@ApiTags('permits')
@Controller('permits/drafts/:id/uploads')
export class DraftUploadsController {
  constructor(private readonly uploads: ResumableUploadsService) {}

  @Post()
  @Authenticated()
  @TusResumable()
  @ApiHeader({ name: 'Upload-Length', required: true, description: 'The file’s size in bytes.' })
  @ApiHeader({
    name: 'Upload-Metadata',
    required: true,
    description:
      'tus metadata: `kind` (the attachment kind, as for the multipart route) and `filename`, base64.',
  })
  @ApiCreatedResponse({ description: 'Created: `Location` is the upload’s URL, `Upload-Offset` 0.' })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND' })
  @ApiPayloadTooLargeResponse({
    description: 'ATTACHMENT_TOO_LARGE, DOCUMENT_TOO_LARGE: refused before any byte.',
  })
  @ApiUnprocessableEntityResponse({ description: 'ATTACHMENT_LIMIT_REACHED' })
  async create(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @DraftIdParam() id: string,
  ): Promise<void> {
    await this.uploads.create(id, req.user, req, res);
  }

  @Head(':uploadId')
  @TusUploadRequest('UPLOAD_NOT_FOUND (also after 24 hours)')
  @ApiOkResponse({ description: '`Upload-Offset`: the bytes received so far; `Upload-Length`.' })
  async offset(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @DraftIdParam() id: string,
    @UploadIdParam() uploadId: string,
  ): Promise<void> {
    await this.uploads.resume(id, uploadId, req.user, req, res);
  }

  @Patch(':uploadId')
  @TusUploadRequest()
  @ApiHeader({ name: 'Upload-Offset', required: true, description: 'Where these bytes start.' })
  @ApiConsumes('application/offset+octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiNoContentResponse({ description: 'Stored: `Upload-Offset` is the new offset.' })
  @ApiConflictResponse({ description: 'UPLOAD_OFFSET_MISMATCH: ask the offset again (HEAD).' })
  async append(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @DraftIdParam() id: string,
    @UploadIdParam() uploadId: string,
  ): Promise<void> {
    await this.uploads.resume(id, uploadId, req.user, req, res);
  }

  @Delete(':uploadId')
  @TusUploadRequest()
  @ApiNoContentResponse({ description: 'Given up: the partial file is removed.' })
  async terminate(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @DraftIdParam() id: string,
    @UploadIdParam() uploadId: string,
  ): Promise<void> {
    await this.uploads.resume(id, uploadId, req.user, req, res);
  }

  @Post(':uploadId/complete')
  @Authenticated()
  @ApiCreatedResponse({
    type: AttachmentView,
    description: 'Verified and attached exactly as by the multipart route; the upload is gone afterwards.',
  })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND, UPLOAD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'UPLOAD_INCOMPLETE (with offset and length), DRAFT_ALREADY_SUBMITTED' })
  @ApiUnprocessableEntityResponse({
    description: 'SIGNATURE_* (detail: the reason; the upload is removed), ATTACHMENT_LIMIT_REACHED',
  })
  complete(
    @Req() req: AuthenticatedRequest,
    @DraftIdParam() id: string,
    @UploadIdParam() uploadId: string,
  ): Promise<AttachmentView> {
    return this.uploads.complete(id, uploadId, req.user);
  }
}
