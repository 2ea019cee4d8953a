import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import { IdentityCardReminders } from '../reminders/identity-card-reminders.js';

export class IdentityCardRemindersView {
  @ApiProperty({ description: 'Residents reminded by this run (each card is reminded once, ever).' })
  reminded: number;
}

/** Runs now the hourly check of expiring identity cards (e.g. after an import brought new expiry dates). */
@ApiTags('registry (staff)')
@Controller('staff/registry/identity-card-reminders')
export class IdentityCardRemindersController {
  constructor(private readonly reminders: IdentityCardReminders) {}

  @Post()
  @HttpCode(200)
  @Authenticated('registry', 'admin')
  @ApiOkResponse({ type: IdentityCardRemindersView })
  @ApiForbiddenResponse({ description: 'The caller is not registry staff.' })
  async run(): Promise<IdentityCardRemindersView> {
    return { reminded: await this.reminders.remindExpiring() };
  }
}
