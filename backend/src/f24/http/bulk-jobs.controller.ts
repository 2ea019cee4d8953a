import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { BulkJobsService } from '../bulk/bulk-jobs.service.js';
import { BulkJobView, IdView } from '../views/f24-views.js';
import { StartBulkJobDto } from './dto/start-bulk-job.dto.js';
import { BulkJobIdParam } from './f24-params.js';

type AuthenticatedRequest = { user: AuthUser };

/** Precompiled F24s for every taxpayer of a year, generated in the background by every replica. */
@ApiTags('f24 (taxes office)')
@ApiForbiddenResponse({ description: 'FORBIDDEN: the caller lacks the `taxes` role.' })
@Controller('staff/taxes/bulk-jobs')
export class BulkJobsController {
  constructor(private readonly jobs: BulkJobsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated('taxes')
  @ApiAcceptedResponse({ type: IdView, description: 'Started; follow it with GET /bulk-jobs/{id}.' })
  @ApiConflictResponse({ description: 'BULK_JOB_ALREADY_RUNNING for the same year and instalment.' })
  @ApiUnprocessableEntityResponse({
    description: 'IMU_RATES_NOT_AVAILABLE for the year or the previous one.',
  })
  start(@Req() req: AuthenticatedRequest, @Body() body: StartBulkJobDto) {
    return this.jobs.start(body, req.user);
  }

  @Get()
  @Authenticated('taxes')
  @ApiOkResponse({ type: [BulkJobView], description: 'The latest 50 jobs, newest first (no failure list).' })
  list() {
    return this.jobs.list();
  }

  @Get(':id')
  @Authenticated('taxes')
  @ApiOkResponse({
    type: BulkJobView,
    description: 'Progress: done / total, failed, documents, nothing due.',
  })
  @ApiNotFoundResponse({ description: 'BULK_JOB_NOT_FOUND' })
  get(@BulkJobIdParam() id: string) {
    return this.jobs.get(id);
  }

  @Get(':id/archive.zip')
  @Authenticated('taxes')
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: "A zip of the job's PDFs (so far), streamed; the download is audited.",
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'BULK_JOB_NOT_FOUND' })
  async archive(@Req() req: AuthenticatedRequest, @BulkJobIdParam() id: string) {
    const { stream, filename } = await this.jobs.archive(id, req.user);
    return new StreamableFile(stream, {
      type: 'application/zip',
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
