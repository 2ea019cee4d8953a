import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import {
  DocumentUploadInterceptor,
  type UploadedDocumentFile,
} from '../documents/document-upload.interceptor.js';
import { PracticeDocumentsService } from '../services/practice-documents.service.js';
import { PracticeReadsService } from '../services/practice-reads.service.js';
import { TransitionPracticeService } from '../services/transition-practice.service.js';
import { DocumentView, ResidentPracticeListView, ResidentPracticeView } from '../views/practice-views.js';
import { documentResponse } from './document-response.js';
import { ApiDocumentUpload } from './document-upload-body.js';
import { ResidentListQueryDto } from './dto/resident-list-query.dto.js';
import { TransitionPracticeDto } from './dto/transition-practice.dto.js';
import { DocumentIdParam, PracticeIdParam } from './permit-params.js';

type AuthenticatedRequest = { user: AuthUser };

/** The resident's practices: those where they are applicant, co-applicant or technician, and no other. */
@ApiTags('permits')
@Controller('permits')
export class ResidentPermitsController {
  constructor(
    private readonly reads: PracticeReadsService,
    private readonly transitions: TransitionPracticeService,
    private readonly documents: PracticeDocumentsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: ResidentPracticeListView,
    description: 'The caller’s practices, newest change first.',
  })
  list(@Req() req: AuthenticatedRequest, @Query() query: ResidentListQueryDto) {
    return this.reads.listForResident(req.user, query.bucket);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({
    type: ResidentPracticeView,
    description: 'Everything but the internal notes; the read is audited.',
  })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND: unknown, or the caller is not a party.' })
  get(@Req() req: AuthenticatedRequest, @PracticeIdParam() id: string) {
    return this.reads.getForResident(id, req.user);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({
    type: ResidentPracticeView,
    description: 'The practice after the move, with its new version.',
  })
  @ApiForbiddenResponse({
    description: 'PRACTICE_ROLE_NOT_ALLOWED: the move is the office’s (or the applicant’s).',
  })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRACTICE_VERSION_CONFLICT: changed meanwhile; nothing was saved.' })
  @ApiUnprocessableEntityResponse({
    description: 'PRACTICE_TRANSITION_NOT_ALLOWED (with `allowed`), INTEGRATION_DOCUMENTS_MISSING, ...',
  })
  transition(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @Body() body: TransitionPracticeDto,
  ) {
    return this.transitions.byResident(id, body, req.user);
  }

  @Post(':id/documents')
  @Authenticated()
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiDocumentUpload()
  @ApiCreatedResponse({ type: DocumentView, description: 'Stored, hashed and linked to the open request.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiPayloadTooLargeResponse({ description: 'DOCUMENT_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ description: 'DOCUMENT_TYPE_NOT_ALLOWED: not a PDF, JPEG or PNG.' })
  @ApiUnprocessableEntityResponse({
    description:
      'NO_OPEN_INTEGRATION_REQUEST, DOCUMENT_CONTENT_MISMATCH (the name says otherwise), DOCUMENT_EMPTY.',
  })
  upload(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @UploadedFile() file: UploadedDocumentFile | undefined,
  ) {
    return this.documents.upload(id, file, req.user, 'resident');
  }

  @Get(':id/documents/:documentId')
  @Authenticated()
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The file, as an attachment; the read is audited.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND or DOCUMENT_NOT_FOUND' })
  async download(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @DocumentIdParam() documentId: string,
  ) {
    return documentResponse(await this.documents.download(id, documentId, req.user, 'resident'));
  }
}
