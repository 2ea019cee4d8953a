import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Put,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { PaymentItemView } from '../../payments/views/payment-views.js';
import {
  DocumentUploadInterceptor,
  type UploadedDocumentFile,
} from '../documents/document-upload.interceptor.js';
import { ATTACHMENT_KINDS } from '../domain/filing-requirements.js';
import { FilingFeesService } from '../fees/filing-fees.service.js';
import { documentResponse } from '../http/document-response.js';
import { PracticeIdParam } from '../http/permit-params.js';
import { DraftAttachmentsService } from './draft-attachments.service.js';
import { CreateDraftDto, TechnicianProfileDto, UpdateDraftDto } from './draft-sections.dto.js';
import { DraftsService } from './drafts.service.js';
import { FilingErrors } from './filing-errors.js';
import { FilingReceiptsService } from './filing-receipts.service.js';
import {
  AttachmentView,
  DraftCreatedView,
  DraftSummaryView,
  DraftView,
  SignedDocumentView,
  SubmissionView,
  TechnicianProfileView,
} from './filing-views.js';
import { SignedIntegrationsService } from './signed-integrations.service.js';
import { SubmitFilingService } from './submit-filing.service.js';
import { TechnicianProfiles } from './technician-profiles.js';

type AuthenticatedRequest = { user: AuthUser };

const DraftIdParam = () => UuidParam('id', FilingErrors.draftNotFound);
const AttachmentIdParam = () => UuidParam('attachmentId', FilingErrors.attachmentNotFound);

/** SUE online: drafts of filings, their signed attachments, the submission and its receipt. */
@ApiTags('permits')
@Controller('permits')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly attachments: DraftAttachmentsService,
    private readonly submissions: SubmitFilingService,
    private readonly receipts: FilingReceiptsService,
    private readonly integrations: SignedIntegrationsService,
    private readonly fees: FilingFeesService,
  ) {}

  @Post('drafts')
  @Authenticated()
  @ApiCreatedResponse({
    type: DraftCreatedView,
    description: 'A new draft, prefilled from the registry or the technician profile.',
  })
  create(@Req() req: AuthenticatedRequest, @Body() body: CreateDraftDto) {
    return this.drafts.create(body.type, req.user);
  }

  @Get('drafts')
  @Authenticated()
  @ApiOkResponse({
    type: [DraftSummaryView],
    description: 'The caller’s drafts and filings, last saved first.',
  })
  list(@Req() req: AuthenticatedRequest) {
    return this.drafts.list(req.user);
  }

  @Get('drafts/:id')
  @Authenticated()
  @ApiOkResponse({ type: DraftView })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND: unknown, or not the caller’s.' })
  get(@Req() req: AuthenticatedRequest, @DraftIdParam() id: string) {
    return this.drafts.get(id, req.user);
  }

  @Put('drafts/:id')
  @Authenticated()
  @ApiOkResponse({ type: DraftView, description: 'The draft after the save, with its new version.' })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'DRAFT_VERSION_CONFLICT, DRAFT_ALREADY_SUBMITTED' })
  save(@Req() req: AuthenticatedRequest, @DraftIdParam() id: string, @Body() body: UpdateDraftDto) {
    return this.drafts.save(id, body, req.user);
  }

  @Post('drafts/:id/attachments')
  @Authenticated()
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'PDF signed PAdES, or a CAdES .p7m holding a PDF.',
        },
        kind: { type: 'string', enum: ATTACHMENT_KINDS.filter((kind) => kind !== 'integrazione') },
      },
    },
  })
  @ApiCreatedResponse({
    type: AttachmentView,
    description: 'Verified and stored; the same file again is stored once.',
  })
  @ApiPayloadTooLargeResponse({ description: 'DOCUMENT_TOO_LARGE, ATTACHMENT_TOO_LARGE' })
  @ApiUnprocessableEntityResponse({
    description:
      'SIGNATURE_MISSING, SIGNATURE_INVALID, SIGNATURE_CERTIFICATE_EXPIRED, SIGNATURE_UNTRUSTED_CA, SIGNATURE_KEY_USAGE, ... (detail: the reason), ATTACHMENT_LIMIT_REACHED',
  })
  upload(
    @Req() req: AuthenticatedRequest,
    @DraftIdParam() id: string,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
  ) {
    return this.attachments.upload(id, file, body?.kind, req.user);
  }

  @Delete('drafts/:id/attachments/:attachmentId')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Removed from the draft.' })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND, ATTACHMENT_NOT_FOUND' })
  async removeAttachment(
    @Req() req: AuthenticatedRequest,
    @DraftIdParam() id: string,
    @AttachmentIdParam() attachmentId: string,
  ) {
    await this.attachments.remove(id, attachmentId, req.user);
  }

  @Post('drafts/:id/fee-payment')
  @Authenticated()
  @ApiCreatedResponse({
    type: PaymentItemView,
    description: 'The pagoPA notice of the filing fee (diritti di segreteria), asked now.',
  })
  @ApiOkResponse({
    type: PaymentItemView,
    description: 'Asked before and still payable (or paid): the same one.',
  })
  @ApiNotFoundResponse({ description: 'DRAFT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'FILING_FEE_NOT_DUE: no fee is set for the type.' })
  async feePayment(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
    @DraftIdParam() id: string,
  ) {
    const { created, item } = await this.fees.requestNotice(id, req.user);
    res.status(created ? 201 : 200);
    return item;
  }

  @Post('drafts/:id/submit')
  @Authenticated()
  @ApiCreatedResponse({
    type: SubmissionView,
    description: 'Filed (or already filed: the same answer again).',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'DRAFT_INCOMPLETE (with `missing`), FILING_FEE_NOT_PAID, FILER_NOT_ENTITLED, PROXY_SIGNER_MISMATCH',
  })
  submit(@Req() req: AuthenticatedRequest, @DraftIdParam() id: string) {
    return this.submissions.submit(id, req.user);
  }

  @Post(':id/signed-documents')
  @Authenticated()
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF signed PAdES, or a CAdES .p7m.' },
      },
    },
  })
  @ApiCreatedResponse({
    type: SignedDocumentView,
    description: 'Verified, and linked to the open integration request; with its signer.',
  })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'SIGNATURE_* (the reason), NO_OPEN_INTEGRATION_REQUEST' })
  signedDocument(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @UploadedFile() file: UploadedDocumentFile | undefined,
  ) {
    return this.integrations.upload(id, file, req.user);
  }

  @Get(':id/receipt')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The sealed receipt (art. 18-bis L. 241/1990); the read is audited.' })
  @ApiNotFoundResponse({ description: 'RECEIPT_NOT_FOUND' })
  async receipt(@Req() req: AuthenticatedRequest, @PracticeIdParam() id: string) {
    return documentResponse(await this.receipts.download(id, req.user));
  }
}

/** The caller's professional profile, prefilled into the filings they prepare as technician. */
@ApiTags('permits')
@Controller('me/technician-profile')
export class TechnicianProfileController {
  constructor(private readonly profiles: TechnicianProfiles) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: TechnicianProfileView })
  @ApiNotFoundResponse({ description: 'TECHNICIAN_PROFILE_MISSING' })
  async get(@Req() req: AuthenticatedRequest) {
    const profile = await this.profiles.find(req.user.fiscalCode);
    if (!profile) throw FilingErrors.profileIncomplete();
    return profile;
  }

  @Put()
  @Authenticated()
  @ApiOkResponse({ type: TechnicianProfileView })
  save(@Req() req: AuthenticatedRequest, @Body() body: TechnicianProfileDto) {
    return this.profiles.save(req.user.fiscalCode, body);
  }
}
