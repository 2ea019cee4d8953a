import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { RateLimitByAddress } from '../../common/rate-limit/rate-limit.decorator.js';
import { Public } from '../authorization/access.decorators.js';
import { loginUnavailable } from '../login/login-errors.js';
import type { RelyingParty } from '../oidc/index.js';
import { RELYING_PARTY } from '../relying-party.provider.js';

@ApiTags('federation')
@Controller()
export class FederationController {
  constructor(@Inject(RELYING_PARTY) private readonly relyingParty: RelyingParty | null) {}

  @Get('.well-known/openid-federation')
  @Public()
  @Header('Content-Type', 'application/entity-statement+jwt')
  @ApiProduces('application/entity-statement+jwt')
  @ApiOkResponse({
    description: "The portal's SPID/CIE entity configuration, signed with its federation key.",
  })
  entityConfiguration(): Promise<string> {
    return this.require().entityConfiguration();
  }

  @Get('federation/resolve')
  @Public()
  @RateLimitByAddress('federation')
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS from this address, with Retry-After.' })
  @ApiNotFoundResponse({
    description:
      'OIDC_UNKNOWN_TRUST_ANCHOR, or OIDC_UNKNOWN_SUBJECT: `sub` is not an entity of the federation.',
  })
  @Header('Content-Type', 'application/resolve-response+jwt')
  @ApiProduces('application/resolve-response+jwt')
  @ApiOkResponse({
    description:
      'OpenID Federation resolve endpoint, for this portal, its identity providers and the subordinates of its trust anchor.',
  })
  resolve(@Query('sub') sub: string, @Query('anchor') anchor: string): Promise<string> {
    return this.require().resolveResponse(String(sub ?? ''), String(anchor ?? ''));
  }

  private require(): RelyingParty {
    if (!this.relyingParty) throw loginUnavailable();
    return this.relyingParty;
  }
}
