import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import {
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiQuery,
  ApiSeeOtherResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RateLimitByAddress } from '../../common/rate-limit/rate-limit.decorator.js';
import { appConfig } from '../../config/app.config.js';
import { Public } from '../authorization/access.decorators.js';
import type { AuthenticatedIdentity } from '../oidc/index.js';
import { CSRF_COOKIE, ensureCsrfToken } from '../session/csrf.middleware.js';
import { SESSION_COOKIE } from '../session/session.middleware.js';
import { AuthProvidersView } from './auth-providers.view.js';
import { LoginService } from './login.service.js';
import { LoginErrorFilter } from './login-error.filter.js';
import { SpidCieGuard } from './spid-cie.guard.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Get('providers')
  @Public()
  @ApiOkResponse({
    type: AuthProvidersView,
    description: 'The SPID identity providers offered at login and whether CIE is available.',
  })
  providers(): AuthProvidersView {
    return this.login.providers();
  }

  @Get('login')
  @Public()
  @RateLimitByAddress('login')
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS from this address, with Retry-After.' })
  @ApiQuery({ name: 'provider', enum: ['spid', 'cie'] })
  @ApiQuery({
    name: 'idp',
    required: false,
    description: 'SPID identity provider id (from /api/auth/providers)',
  })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path of this portal to go to after login' })
  @ApiFoundResponse({ description: 'Redirect to the OpenID Provider with a signed request object.' })
  async start(
    @Req() req: Request,
    @Res() res: Response,
    @Query('provider') provider: unknown,
    @Query('idp') idp: unknown,
    @Query('returnTo') returnTo: unknown,
  ) {
    res.redirect(302, await this.login.start(req, { provider, idp, returnTo }));
  }

  @Get('callback')
  @Public()
  @RateLimitByAddress('login')
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS from this address, with Retry-After.' })
  @UseGuards(SpidCieGuard)
  @UseFilters(LoginErrorFilter)
  @ApiSeeOtherResponse({
    description: 'Session set; redirect into the personal area (or to the error page).',
  })
  async callback(@Req() req: Request & { oidcIdentity: AuthenticatedIdentity }, @Res() res: Response) {
    const returnTo = await this.login.establishSession(req, req.oidcIdentity);
    ensureCsrfToken(req, res, this.app.publicUrl.startsWith('https:'));
    res.redirect(303, `${this.app.publicUrl}${returnTo}`);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Logged out (JSON clients).' })
  @ApiSeeOtherResponse({ description: 'Logged out, back to the home page (HTML form posts).' })
  async logout(@Req() req: Request, @Res() res: Response) {
    await this.login.logout(req);
    const secure = this.app.publicUrl.startsWith('https:');
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    res.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
    if (req.is('application/x-www-form-urlencoded')) res.redirect(303, `${this.app.publicUrl}/`);
    else res.status(204).end();
  }
}
