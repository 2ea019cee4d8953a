import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfig } from '../config/app.config.js';
import { RolesController } from './admin/roles.controller.js';
import { FederationController } from './federation/federation.controller.js';
import { AuthController } from './login/auth.controller.js';
import { LoginService } from './login/login.service.js';
import { SpidCieStrategy } from './login/spid-cie.strategy.js';
import { relyingPartyProvider } from './relying-party.provider.js';
import { CurrentUserMiddleware } from './session/current-user.middleware.js';
import { SessionChanges } from './session/session-changes.js';
import { AppUser } from './users/app-user.entity.js';
import { MeController } from './users/me.controller.js';
import { RoleGrant } from './users/role-grant.entity.js';
import { UsersService } from './users/users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AppUser, RoleGrant])],
  controllers: [AuthController, MeController, FederationController, RolesController],
  providers: [
    relyingPartyProvider,
    LoginService,
    SpidCieStrategy,
    UsersService,
    SessionChanges,
    CurrentUserMiddleware,
  ],
  exports: [UsersService, SessionChanges, CurrentUserMiddleware],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {}

  async onModuleInit() {
    if (this.auth.initialAdmin) await this.users.ensureAdmin(this.auth.initialAdmin);
  }
}
