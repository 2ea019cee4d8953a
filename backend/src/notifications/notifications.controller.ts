import { Body, Controller, Get, Put, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authorization/access.decorators.js';
import type { AuthUser } from '../auth/authorization/roles.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { DeliveryQueryDto } from './deliveries/delivery-query.dto.js';
import { UpdateNotificationPreferencesDto } from './preferences/notification-preferences.dto.js';
import { NotificationPreferencesService } from './preferences/notification-preferences.service.js';
import {
  DeliveredMessagePageView,
  NotificationPreferencesView,
} from './preferences/notification-preferences.views.js';

type AuthenticatedRequest = { user: AuthUser };

/** The resident's channels per topic, and the staff's view of how messages were delivered. */
@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly preferences: NotificationPreferencesService,
    private readonly deliveries: DeliveriesService,
  ) {}

  @Get('me/notification-preferences')
  @Authenticated()
  @ApiOkResponse({ type: NotificationPreferencesView })
  getPreferences(@Req() req: AuthenticatedRequest) {
    return this.preferences.get(req.user);
  }

  @Put('me/notification-preferences')
  @Authenticated()
  @ApiOkResponse({ type: NotificationPreferencesView })
  @ApiBadRequestResponse({ description: 'An unknown or repeated topic, or a choice that is not true/false.' })
  updatePreferences(@Req() req: AuthenticatedRequest, @Body() dto: UpdateNotificationPreferencesDto) {
    return this.preferences.update(req.user, dto);
  }

  @Get('staff/notifications')
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiOkResponse({
    type: DeliveredMessagePageView,
    description: 'Messages of the caller’s offices, newest first.',
  })
  @ApiForbiddenResponse({ description: 'The caller holds no staff role.' })
  listDeliveries(@Req() req: AuthenticatedRequest, @Query() query: DeliveryQueryDto) {
    return this.deliveries.list(req.user, query.status, query.page, query.pageSize);
  }
}
