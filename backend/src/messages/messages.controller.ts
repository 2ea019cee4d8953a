import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authorization/access.decorators.js';
import type { AuthUser } from '../auth/authorization/roles.js';
import { MessageQueryDto } from './message-query.dto.js';
import { MessagePageView, MessageView } from './message-views.js';
import { MessagesService } from './messages.service.js';

type AuthenticatedRequest = { user: AuthUser };

/** The personal-area inbox: every notification the portal sent to the caller. */
@ApiTags('messages')
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MessagePageView })
  list(@Req() req: AuthenticatedRequest, @Query() query: MessageQueryDto) {
    return this.messages.list(req.user.fiscalCode, query.page, query.pageSize, query.unread);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: MessageView })
  @ApiNotFoundResponse({ description: 'No such message among the caller’s.' })
  markRead(@Req() req: AuthenticatedRequest, @Param('id') id: string) {
    return this.messages.markRead(req.user.fiscalCode, id);
  }
}
