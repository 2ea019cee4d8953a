import {
  Body,
  Controller,
  Get,
  Header,
  Post,
  Query,
  Req,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { AccessLogPageView, AccessLogQueryDto } from '../access-log/access-log.dto.js';
import { ReadAccessLog } from '../access-log/read-access-log.service.js';
import { SubmitCorrectionDto } from '../corrections/correction.dto.js';
import {
  CorrectionAttachmentInterceptor,
  type UploadedAttachment,
} from '../corrections/correction-attachment.interceptor.js';
import { CorrectionView } from '../corrections/correction-views.js';
import { SubmitCorrection } from '../corrections/submit-correction.service.js';
import { ResidentRegistryReads } from '../resident/resident-registry-reads.service.js';
import { HouseholdView, VisuraView } from '../views/registry-views.js';
import { MemberIdParam } from './registry-params.js';

type AuthenticatedRequest = { user: AuthUser };

const NATIONAL_REGISTRY_DOWN =
  'NATIONAL_REGISTRY_UNAVAILABLE or NATIONAL_REGISTRY_REFUSED (REGISTRY_SOURCE=anpr): ANPR or PDND down, slow or refusing.';

const NOT_IN_REGISTRY =
  'REGISTRY_PERSON_NOT_FOUND: the logged-in person is not a resident (or AIRE) of the comune.';

/** The resident's own registry data: every read is written to their access log (and their family's). */
@ApiTags('registry')
@Controller('registry/me')
export class ResidentRegistryController {
  constructor(
    private readonly reads: ResidentRegistryReads,
    private readonly submitCorrection: SubmitCorrection,
    private readonly accessLog: ReadAccessLog,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: VisuraView, description: 'Visura: generalità, residence and since when, document.' })
  @ApiNotFoundResponse({ description: NOT_IN_REGISTRY })
  @ApiServiceUnavailableResponse({ description: NATIONAL_REGISTRY_DOWN })
  visura(@Req() req: AuthenticatedRequest) {
    return this.reads.visura(req.user);
  }

  @Get('household')
  @Authenticated()
  @ApiOkResponse({
    type: HouseholdView,
    description: 'The famiglia anagrafica with relationships and entry dates.',
  })
  @ApiNotFoundResponse({ description: NOT_IN_REGISTRY })
  @ApiServiceUnavailableResponse({ description: NATIONAL_REGISTRY_DOWN })
  household(@Req() req: AuthenticatedRequest) {
    return this.reads.household(req.user);
  }

  @Get('household/:personId')
  @Authenticated()
  @ApiOkResponse({ type: VisuraView, description: 'The visura of a member of the caller’s own household.' })
  @ApiNotFoundResponse({
    description: 'HOUSEHOLD_MEMBER_NOT_FOUND: not a current member of the caller’s household.',
  })
  member(@Req() req: AuthenticatedRequest, @MemberIdParam() personId: string) {
    return this.reads.householdMember(req.user, personId);
  }

  @Get('autocertificazione.pdf')
  @Authenticated()
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="autocertificazione.pdf"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'Self-declaration of D.P.R. 445/2000 art. 46, prefilled (PDF, text selectable).',
  })
  @ApiNotFoundResponse({ description: NOT_IN_REGISTRY })
  async autocertificazione(@Req() req: AuthenticatedRequest) {
    return new StreamableFile(await this.reads.autocertificazione(req.user));
  }

  @Post('corrections')
  @Authenticated()
  @UseInterceptors(CorrectionAttachmentInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['field', 'requestedValue', 'reason'],
      properties: {
        field: {
          type: 'string',
          enum: [
            'family_name',
            'given_name',
            'sex',
            'birth_date',
            'birth_place',
            'citizenship',
            'marital_status',
            'address',
            'identity_document',
            'household',
            'other',
          ],
        },
        currentValue: {
          type: 'string',
          maxLength: 200,
          description:
            'Only for a datum the registry does not show (household, other, a fact the source lacks): otherwise the registry’s own value is recorded (once only).',
        },
        requestedValue: { type: 'string', maxLength: 200 },
        reason: { type: 'string', minLength: 10, maxLength: 2000 },
        personId: { type: 'string', format: 'uuid', description: 'A member of the caller’s household.' },
        attachment: {
          type: 'string',
          format: 'binary',
          description:
            'Optional evidence: PDF, JPEG or PNG (checked on the content), at most REGISTRY_ATTACHMENT_MAX_BYTES.',
        },
      },
    },
  })
  @ApiCreatedResponse({
    type: CorrectionView,
    description: 'The request, open, with its number and due day.',
  })
  @ApiNotFoundResponse({ description: `${NOT_IN_REGISTRY} Or HOUSEHOLD_MEMBER_NOT_FOUND for personId.` })
  @ApiPayloadTooLargeResponse({ description: 'CORRECTION_ATTACHMENT_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ description: 'CORRECTION_ATTACHMENT_TYPE: not a PDF, JPEG or PNG.' })
  submit(
    @Req() req: AuthenticatedRequest,
    @Body() body: SubmitCorrectionDto,
    @UploadedFile() attachment?: UploadedAttachment,
  ) {
    return this.submitCorrection.submit(req.user, body, attachment);
  }

  @Get('corrections')
  @Authenticated()
  @ApiOkResponse({
    type: [CorrectionView],
    description: 'The caller’s rettifica requests with state and answer.',
  })
  @ApiNotFoundResponse({ description: NOT_IN_REGISTRY })
  corrections(@Req() req: AuthenticatedRequest) {
    return this.reads.ownCorrections(req.user);
  }

  @Get('access-log')
  @Authenticated()
  @ApiOkResponse({
    type: AccessLogPageView,
    description:
      '"Chi ha consultato i miei dati": who (role, office, masked name for staff), what, when, why.',
  })
  accessLogPage(@Req() req: AuthenticatedRequest, @Query() query: AccessLogQueryDto) {
    return this.accessLog.forSubject(req.user.fiscalCode, query.limit ?? 20, query.before);
  }
}
