import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { pdfAttachment } from '../../common/http/pdf-attachment.js';
import { CertificateArchiveService } from '../services/certificate-archive.service.js';
import { CertificateCatalogService } from '../services/certificate-catalog.service.js';
import { IssueCertificateService } from '../services/issue-certificate.service.js';
import {
  CertificateArchiveView,
  CertificateAwaitingPaymentView,
  CertificateCreatedView,
  CertificatePreviewView,
  CertificateTypesView,
  RequestableSubjectsView,
  StampDutyOptionsView,
} from '../views/certificate-views.js';
import { CertificateIdParam } from './certificate-id-param.js';
import { ArchiveQueryDto } from './dto/archive-query.dto.js';
import { IssueCertificateDto } from './dto/issue-certificate.dto.js';
import { SubjectQueryDto } from './dto/subject-query.dto.js';

type AuthenticatedRequest = { user: AuthUser };

const ISSUE_ERRORS =
  'CERTIFICATE_TYPE_UNKNOWN, CERTIFICATE_TYPE_NOT_AVAILABLE (with the reason), CERTIFICATE_COMBINATION_NOT_ALLOWED, ' +
  'CERTIFICATE_TYPES_REQUIRED, CERTIFICATE_TYPE_AMBIGUOUS, STAMP_DUTY_REQUIRED, STAMP_DUTY_AMBIGUOUS, ' +
  'STAMP_DUTY_EXEMPTION_UNKNOWN, STAMP_DUTY_NOTE_REQUIRED, STAMP_DUTY_NOTE_TOO_LONG, STAMP_DUTY_NOTE_NOT_ALLOWED, ' +
  'STAMP_DUTY_MARCA_ID_INVALID, PAYMENTS_NOT_CONFIGURED (503).';

/** A client's key for one request: printable, bounded; anything else is ignored (content decides then). */
function idempotencyKeyOf(header: string | undefined): string | undefined {
  const key = header?.trim();
  return key && /^[\x21-\x7e]{1,128}$/.test(key) ? key : undefined;
}

/** Registry certificates for the caller and their famiglia anagrafica, and the caller's archive. */
@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly catalog: CertificateCatalogService,
    private readonly issuing: IssueCertificateService,
    private readonly archive: CertificateArchiveService,
  ) {}

  @Get('subjects')
  @Authenticated()
  @ApiOperation({ summary: 'The people the caller may request certificates for' })
  @ApiOkResponse({
    type: RequestableSubjectsView,
    description: 'Empty when the caller is not in the registry.',
  })
  subjects(@Req() req: AuthenticatedRequest) {
    return this.catalog.requestableSubjects(req.user);
  }

  @Get('types')
  @Authenticated()
  @ApiOperation({ summary: 'Every certificate type, available or not (with the reason), for one person' })
  @ApiOkResponse({ type: CertificateTypesView })
  @ApiNotFoundResponse({
    description: 'CERTIFICATE_SUBJECT_NOT_FOUND: unknown, or not in the caller’s family.',
  })
  types(@Req() req: AuthenticatedRequest, @Query() query: SubjectQueryDto) {
    return this.catalog.typesFor(req.user, query.subject);
  }

  @Get('exemptions')
  @Authenticated()
  @ApiOperation({ summary: 'Stamp-duty exemptions the requester may declare, with their legal basis' })
  @ApiOkResponse({ type: StampDutyOptionsView })
  exemptions() {
    return this.catalog.stampDutyOptions();
  }

  @Post('preview')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'What the certificate would print now, without issuing it' })
  @ApiOkResponse({ type: CertificatePreviewView })
  @ApiNotFoundResponse({ description: 'CERTIFICATE_SUBJECT_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: ISSUE_ERRORS })
  preview(@Req() req: AuthenticatedRequest, @Body() body: IssueCertificateDto) {
    return this.issuing.preview(req.user, body);
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Issue a sealed, PAdES-signed certificate (or a certificato contestuale)' })
  @ApiCreatedResponse({ type: CertificateCreatedView, description: 'Stored in the caller’s archive.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: malformed body.' })
  @ApiNotFoundResponse({ description: 'CERTIFICATE_SUBJECT_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'STAMP_DUTY_MARCA_ALREADY_USED: each marca da bollo serves one certificate.',
  })
  @ApiAcceptedResponse({
    type: CertificateAwaitingPaymentView,
    description: 'With `stampDuty.pagoPA`: waiting for the digital stamp; issued by itself once paid.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'With pagoPA: the same key again returns the same request and payment.',
  })
  @ApiUnprocessableEntityResponse({ description: ISSUE_ERRORS })
  async issue(
    @Req() req: AuthenticatedRequest,
    @Body() body: IssueCertificateDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ) {
    const result = await this.issuing.issue(req.user, body, idempotencyKeyOf(idempotencyKey));
    if ('payment' in result) res.status(202);
    return result;
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The caller’s archive: the certificates they requested, newest first' })
  @ApiOkResponse({ type: CertificateArchiveView })
  list(@Req() req: AuthenticatedRequest, @Query() query: ArchiveQueryDto) {
    return this.archive.list(req.user, query.limit, query.cursor);
  }

  @Get(':id/pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Download an archived certificate: always the same bytes' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The sealed PDF, as an attachment.' })
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_FOUND: unknown, or requested by somebody else.' })
  async download(@Req() req: AuthenticatedRequest, @CertificateIdParam() id: string) {
    return pdfAttachment(await this.archive.download(req.user, id));
  }
}
