import { Controller, Get, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authorization/access.decorators.js';
import { STAFF_ROLES } from '../auth/authorization/roles.js';
import { FeedbackReportService } from './feedback-report.service.js';
import { FeedbackReportView } from './feedback-report.view.js';
import { FeedbackReportQueryDto } from './feedback-report-query.dto.js';

/** The back office's report of the rating component, per page. */
@ApiTags('feedback')
@Controller('staff/feedback')
export class FeedbackReportController {
  constructor(private readonly reports: FeedbackReportService) {}

  @Get('report')
  @Authenticated(...STAFF_ROLES)
  @ApiOkResponse({ type: FeedbackReportView })
  @ApiForbiddenResponse({ description: 'Not a member of staff.' })
  report(@Query() query: FeedbackReportQueryDto): Promise<FeedbackReportView> {
    return this.reports.report(query.page);
  }
}
