import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-strategy';
import { appConfig } from '../../config/app.config.js';
import type { AuthenticatedIdentity } from '../oidc/index.js';
import { LoginService } from './login.service.js';

type Verify = (identity: AuthenticatedIdentity, done: (error: unknown, user?: unknown) => void) => void;

/**
 * Passport strategy of the SPID/CIE callback: "authenticating" a request means completing the OpenID
 * Connect flow it carries (code exchange, ID token and userinfo checks) with the relying party.
 */
class SpidCieCallbackStrategy extends Strategy {
  name = 'spid-cie';

  constructor(
    private readonly completeLogin: (req: Request) => Promise<AuthenticatedIdentity>,
    private readonly verify: Verify,
  ) {
    super();
  }

  override authenticate(req: Request): void {
    this.completeLogin(req).then(
      (identity) =>
        this.verify(identity, (error, user) =>
          error ? this.error(error as Error) : this.success(user as object),
        ),
      (error: unknown) => this.error(error as Error),
    );
  }
}

@Injectable()
export class SpidCieStrategy extends PassportStrategy(SpidCieCallbackStrategy, 'spid-cie') {
  constructor(login: LoginService, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    super((req: Request) => login.complete(req, new URL(req.originalUrl, app.publicUrl)));
  }

  validate(identity: AuthenticatedIdentity): AuthenticatedIdentity {
    return identity;
  }
}
