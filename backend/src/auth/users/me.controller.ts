import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Authenticated } from '../authorization/access.decorators.js';
import type { AuthUser } from '../authorization/roles.js';
import { CurrentUserView } from './current-user.view.js';

@ApiTags('auth')
@Controller('me')
export class MeController {
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: CurrentUserView, description: 'The logged-in person.' })
  @ApiUnauthorizedResponse({ description: 'No valid session.' })
  me(@Req() req: { user: AuthUser }): CurrentUserView {
    const { fiscalCode, givenName, familyName, email, roles, provider } = req.user;
    return { fiscalCode, givenName, familyName, email, roles, provider };
  }
}
