import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { ImportJobListView, ImportJobView, importJobView } from '../import/import-job-views.js';
import { ReadImportJobs } from '../import/read-import-jobs.service.js';
import { StartRegistryImport } from '../import/start-registry-import.service.js';
import { ImportIdParam } from './registry-params.js';

/**
 * Imports of the whole registry from the comune's registry software (docs/registry-import.md). The upload is
 * checked (UTF-8, header) and answered 202; rows are validated and merged in the background, atomically.
 */
@ApiTags('registry-office')
@ApiForbiddenResponse({ description: 'FORBIDDEN: the caller has neither the registry nor the admin role.' })
@Controller('staff/registry/imports')
export class StaffRegistryImportsController {
  constructor(
    private readonly startImport: StartRegistryImport,
    private readonly jobs: ReadImportJobs,
  ) {}

  @Post()
  @HttpCode(202)
  @Authenticated('registry', 'admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'The CSV file itself as the request body (UTF-8).',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiQuery({ name: 'fileName', required: false, description: 'The file name, kept for the report.' })
  @ApiAcceptedResponse({
    type: ImportJobView,
    description: 'The job; poll its Location for progress and the report.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'REGISTRY_IMPORT_ENCODING (not UTF-8, with `line`), REGISTRY_IMPORT_HEADER, REGISTRY_IMPORT_EMPTY.',
  })
  @ApiUnsupportedMediaTypeResponse({ description: 'REGISTRY_IMPORT_MEDIA_TYPE: the body is not text/csv.' })
  @ApiPayloadTooLargeResponse({ description: 'REGISTRY_IMPORT_TOO_LARGE' })
  async start(
    @Req() req: Request & { user: AuthUser },
    @Res({ passthrough: true }) res: Response,
    @Query('fileName') fileName?: string,
  ) {
    const length = req.headers['content-length'];
    const job = await this.startImport.start(
      {
        body: req,
        contentType: req.headers['content-type'],
        contentLength: length === undefined ? undefined : Number(length),
        fileName: typeof fileName === 'string' ? fileName.slice(0, 200) : null,
      },
      req.user,
    );
    res.setHeader('Location', `/api/staff/registry/imports/${job.id}`);
    return importJobView(job);
  }

  @Get()
  @Authenticated('registry', 'admin')
  @ApiOkResponse({ type: ImportJobListView, description: 'The 20 most recent imports.' })
  list() {
    return this.jobs.recent(20);
  }

  @Get(':id')
  @Authenticated('registry', 'admin')
  @ApiOkResponse({
    type: ImportJobView,
    description: 'Progress counters; at the end the changes or the report.',
  })
  @ApiNotFoundResponse({ description: 'REGISTRY_IMPORT_NOT_FOUND' })
  get(@ImportIdParam() id: string) {
    return this.jobs.byId(id);
  }
}
