import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { ImuReminderCampaigns } from '../reminders/imu-reminder-campaigns.js';
import { ImuReminderWorker } from '../reminders/imu-reminder-worker.js';

type AuthenticatedRequest = { user: AuthUser };

export class StartImuRemindersDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: ['acconto', 'saldo'] })
  @IsIn(['acconto', 'saldo'])
  instalment: 'acconto' | 'saldo';
}

export class ImuReminderCampaignView {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['first', 'balance'] }) instalment: 'first' | 'balance';
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ enum: ['running', 'done'] }) status: 'running' | 'done';
  @ApiProperty() total: number;
  @ApiProperty() reminded: number;
  @ApiProperty() nothingDue: number;
  @ApiProperty() failed: number;
  @ApiProperty() pending: number;
}

/** IMU deadline reminders (e-mail and App IO): started by the calendar, or by the office ahead of it. */
@ApiTags('f24 (taxes office)')
@ApiForbiddenResponse({ description: 'FORBIDDEN: the caller lacks the `taxes` role.' })
@Controller('staff/taxes/imu-reminders')
export class ImuRemindersController {
  constructor(
    private readonly campaigns: ImuReminderCampaigns,
    private readonly worker: ImuReminderWorker,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated('taxes')
  @ApiAcceptedResponse({
    type: ImuReminderCampaignView,
    description:
      'The campaign of that year and instalment: created now, or the one already there (never two).',
  })
  @ApiUnprocessableEntityResponse({
    description: 'IMU_RATES_NOT_AVAILABLE for the year or the previous one.',
  })
  async start(@Req() req: AuthenticatedRequest, @Body() body: StartImuRemindersDto) {
    const campaign = await this.campaigns.start(
      body.year,
      body.instalment === 'acconto' ? 'first' : 'balance',
      req.user,
    );
    this.worker.wake();
    return campaign;
  }

  @Get()
  @Authenticated('taxes')
  @ApiOkResponse({
    type: [ImuReminderCampaignView],
    description: 'The latest campaigns with their progress.',
  })
  list() {
    return this.campaigns.list();
  }
}
