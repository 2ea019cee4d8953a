import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Put,
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
import { AssignCaseOfficerService } from '../services/assign-case-officer.service.js';
import { PracticeDocumentsService } from '../services/practice-documents.service.js';
import { PracticeReadsService } from '../services/practice-reads.service.js';
import { RegisterPracticeService } from '../services/register-practice.service.js';
import { TransitionPracticeService } from '../services/transition-practice.service.js';
import { DocumentView, QueuePageView, StaffPracticeView } from '../views/practice-views.js';
import { documentResponse } from './document-response.js';
import { ApiDocumentUpload } from './document-upload-body.js';
import { AssignCaseOfficerDto } from './dto/assign-case-officer.dto.js';
import { QueueQueryDto } from './dto/queue-query.dto.js';
import { RegisterPracticeDto } from './dto/register-practice.dto.js';
import { TransitionPracticeDto } from './dto/transition-practice.dto.js';
import { DocumentIdParam, PracticeIdParam } from './permit-params.js';

type AuthenticatedRequest = { user: AuthUser };

/** The permits office (Sportello Unico per l'Edilizia): queue, registration, the legal workflow, documents. */
@ApiTags('permits (staff)')
@ApiForbiddenResponse({ description: 'FORBIDDEN: the caller lacks the `permits` role.' })
@Controller('staff/permits')
export class StaffPermitsController {
  constructor(
    private readonly reads: PracticeReadsService,
    private readonly register: RegisterPracticeService,
    private readonly transitions: TransitionPracticeService,
    private readonly caseOfficers: AssignCaseOfficerService,
    private readonly documents: PracticeDocumentsService,
  ) {}

  @Get()
  @Authenticated('permits')
  @ApiOkResponse({
    type: QueuePageView,
    description: 'Overdue practices first, then by deadline, then newest.',
  })
  queue(@Req() req: AuthenticatedRequest, @Query() query: QueueQueryDto) {
    return this.reads.queue(query, req.user);
  }

  @Post()
  @Authenticated('permits')
  @ApiCreatedResponse({ type: StaffPracticeView, description: 'Registered; the parties are notified.' })
  @ApiConflictResponse({ description: 'PROTOCOL_NUMBER_TAKEN' })
  @ApiUnprocessableEntityResponse({
    description: 'INVALID_FISCAL_CODE, APPLICANT_REQUIRED, ONE_TECHNICIAN_ONLY, PROTOCOL_DATE_INVALID, ...',
  })
  create(@Req() req: AuthenticatedRequest, @Body() body: RegisterPracticeDto) {
    return this.register.register(body, req.user);
  }

  @Get(':id')
  @Authenticated('permits')
  @ApiOkResponse({ type: StaffPracticeView, description: 'Internal notes included; the read is audited.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  get(@Req() req: AuthenticatedRequest, @PracticeIdParam() id: string) {
    return this.reads.getForStaff(id, req.user);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authenticated('permits')
  @ApiOkResponse({
    type: StaffPracticeView,
    description: 'The practice after the move, with its new `version`.',
  })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'PRACTICE_VERSION_CONFLICT: `expectedVersion` is stale; nothing was saved.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'PRACTICE_TRANSITION_NOT_ALLOWED (with `allowed`), INTEGRATION_DUE_DATE_REQUIRED (field `dueDate`), ' +
      'DECISION_REQUIRED, PUBLIC_NOTE_REQUIRED, ...',
  })
  transition(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @Body() body: TransitionPracticeDto,
  ) {
    return this.transitions.byStaff(id, body, req.user);
  }

  @Put(':id/case-officer')
  @Authenticated('permits')
  @ApiOkResponse({
    type: StaffPracticeView,
    description: 'On a PdC just submitted this is the `assigned` step.',
  })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRACTICE_VERSION_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'CASE_OFFICER_NOT_STAFF, PRACTICE_CONCLUDED' })
  assignCaseOfficer(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @Body() body: AssignCaseOfficerDto,
  ) {
    return this.caseOfficers.assign(id, body, req.user);
  }

  @Post(':id/documents')
  @Authenticated('permits')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiDocumentUpload()
  @ApiCreatedResponse({ type: DocumentView, description: 'Linked to the open request, if there is one.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiPayloadTooLargeResponse({ description: 'DOCUMENT_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ description: 'DOCUMENT_TYPE_NOT_ALLOWED' })
  @ApiUnprocessableEntityResponse({ description: 'DOCUMENT_CONTENT_MISMATCH, DOCUMENT_EMPTY' })
  upload(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @UploadedFile() file: UploadedDocumentFile | undefined,
  ) {
    return this.documents.upload(id, file, req.user, 'permits');
  }

  @Get(':id/documents/:documentId')
  @Authenticated('permits')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The file, as an attachment; the read is audited.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND or DOCUMENT_NOT_FOUND' })
  async download(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @DocumentIdParam() documentId: string,
  ) {
    return documentResponse(await this.documents.download(id, documentId, req.user, 'permits'));
  }
}
