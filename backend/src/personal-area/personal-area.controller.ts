import { Controller, Get, Req } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authorization/access.decorators.js';
import type { AuthUser } from '../auth/authorization/roles.js';
import { PersonalAreaSummaryService } from './personal-area-summary.service.js';
import { PersonalAreaSummaryView } from './personal-area-views.js';
import { StaffHomeService } from './staff-home.service.js';
import { StaffHomeView } from './staff-home-views.js';

type AuthenticatedRequest = { user: AuthUser };

/** The two homes: the resident's personal area and the staff's desk of what needs action today. */
@ApiTags('personal-area')
@Controller()
export class PersonalAreaController {
  constructor(
    private readonly summaries: PersonalAreaSummaryService,
    private readonly staffHome: StaffHomeService,
  ) {}

  @Get('personal-area/summary')
  @Authenticated()
  @ApiOkResponse({ type: PersonalAreaSummaryView })
  summary(@Req() req: AuthenticatedRequest) {
    return this.summaries.summary(req.user);
  }

  @Get('staff/home')
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiOkResponse({ type: StaffHomeView, description: 'Only the sections of the caller’s offices.' })
  @ApiForbiddenResponse({ description: 'The caller holds no staff role.' })
  home(@Req() req: AuthenticatedRequest) {
    return this.staffHome.home(req.user);
  }
}
