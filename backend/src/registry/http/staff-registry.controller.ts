import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { AnswerCorrection } from '../corrections/answer-correction.service.js';
import { AnswerCorrectionDto, CorrectionQueueQueryDto } from '../corrections/correction.dto.js';
import { CorrectionQueueView, StaffCorrectionView } from '../corrections/correction-views.js';
import { RegistryOffice } from '../staff/registry-office.service.js';
import { PersonRecordQueryDto, PersonSearchQueryDto } from '../staff/staff.dto.js';
import { PersonRecordView, PersonSearchPageView } from '../staff/staff-views.js';
import { CorrectionIdParam, PersonIdParam } from './registry-params.js';

type AuthenticatedRequest = { user: AuthUser };

const FORBIDDEN = 'FORBIDDEN: the caller has neither the registry nor the admin role.';

/** The registry office: search, records, and the rettifica queue. Roles `registry` and `admin`. */
@ApiTags('registry-office')
@ApiForbiddenResponse({ description: FORBIDDEN })
@Controller('staff/registry')
export class StaffRegistryController {
  constructor(
    private readonly office: RegistryOffice,
    private readonly answerCorrection: AnswerCorrection,
  ) {}

  @Get('persons')
  @Authenticated('registry', 'admin')
  @ApiOkResponse({ type: PersonSearchPageView, description: 'Paged; each person listed is logged as read.' })
  @ApiUnprocessableEntityResponse({
    description: 'INVALID_FISCAL_CODE (field `q`): a malformed codice fiscale.',
  })
  search(@Req() req: AuthenticatedRequest, @Query() query: PersonSearchQueryDto) {
    return this.office.search(req.user, query);
  }

  @Get('persons/:id')
  @Authenticated('registry', 'admin')
  @ApiOkResponse({
    type: PersonRecordView,
    description: 'Full record, household and history; logged with the purpose.',
  })
  @ApiNotFoundResponse({ description: 'REGISTRY_PERSON_NOT_FOUND' })
  record(
    @Req() req: AuthenticatedRequest,
    @PersonIdParam() id: string,
    @Query() query: PersonRecordQueryDto,
  ) {
    return this.office.personRecord(req.user, id, query.purpose);
  }

  @Get('corrections')
  @Authenticated('registry', 'admin')
  @ApiOkResponse({
    type: CorrectionQueueView,
    description: 'Oldest first, with the age of each request and a summary of open and overdue ones.',
  })
  corrections(@Req() req: AuthenticatedRequest, @Query() query: CorrectionQueueQueryDto) {
    return this.office.correctionQueue(req.user, query);
  }

  @Post('corrections/:id/answer')
  @HttpCode(200)
  @Authenticated('registry', 'admin')
  @ApiOkResponse({ type: StaffCorrectionView, description: 'The request, closed; the resident is notified.' })
  @ApiNotFoundResponse({ description: 'CORRECTION_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'CORRECTION_VERSION_CONFLICT (with `currentVersion`) or CORRECTION_ALREADY_ANSWERED.',
  })
  answer(
    @Req() req: AuthenticatedRequest,
    @CorrectionIdParam() id: string,
    @Body() body: AnswerCorrectionDto,
  ) {
    return this.answerCorrection.answer(req.user, id, body);
  }

  @Get('corrections/:id/attachment')
  @Authenticated('registry', 'admin')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The evidence attached to the request; the read is logged.' })
  @ApiNotFoundResponse({ description: 'CORRECTION_NOT_FOUND: no such request, or it has no attachment.' })
  async attachment(
    @Req() req: AuthenticatedRequest,
    @CorrectionIdParam() id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.office.correctionAttachment(req.user, id);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content);
  }
}
