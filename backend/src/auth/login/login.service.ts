import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Request } from 'express';
import { normaliseReturnAddress } from '../../../../shared/return-address.js';
import { AuditService } from '../../audit/audit.service.js';
import { authConfig } from '../../config/app.config.js';
import type { AuthenticatedIdentity, AuthenticationTransaction, RelyingParty } from '../oidc/index.js';
import { oidcError } from '../oidc/index.js';
import { RELYING_PARTY } from '../relying-party.provider.js';
import { newCsrfToken } from '../session/csrf.middleware.js';
import { UsersService } from '../users/users.service.js';
import { invalidReturnTo, loginUnavailable, unknownIdp, unknownProvider } from './login-errors.js';
import { portalLocale } from './portal-locale.js';

export interface LoginRequest {
  provider: unknown;
  idp?: unknown;
  returnTo?: unknown;
}

/** A missing return address means the home page; a present one must be a path of this portal. */
function returnAddress(value: unknown): string {
  if (value === undefined || value === '') return '/';
  const path = normaliseReturnAddress(value);
  if (path === null) throw invalidReturnTo();
  return path;
}

function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}

function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error) : resolve())),
  );
}

/** The SPID/CIE login as this portal runs it: transaction in the session, single use; session on success. */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    @Inject(RELYING_PARTY) private readonly relyingParty: RelyingParty | null,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  providers() {
    return {
      spid: this.auth.spidProviders.map(({ id, name, logoUrl }) => ({ id, name, logoUrl: logoUrl ?? null })),
      cie: { enabled: this.auth.cieProvider !== null },
    };
  }

  /** Returns the OP URL to redirect to, after keeping the transaction in this browser's session. */
  async start(req: Request, input: LoginRequest): Promise<string> {
    const relyingParty = this.requireRelyingParty();
    const returnTo = returnAddress(input.returnTo);
    let opEntityId: string;
    let idpHint: string | undefined;
    if (input.provider === 'spid') {
      const entry = this.auth.spidProviders.find((candidate) => candidate.id === input.idp);
      if (!entry) throw unknownIdp();
      opEntityId = entry.entityId;
      idpHint = entry.name;
    } else if (input.provider === 'cie') {
      if (!this.auth.cieProvider) throw unknownProvider();
      opEntityId = this.auth.cieProvider;
    } else {
      throw unknownProvider();
    }
    const { url, transaction } = await relyingParty.startAuthentication({
      provider: input.provider,
      opEntityId,
      idpHint,
      uiLocales: 'it',
    });
    req.session.oidcTransaction = { ...transaction };
    req.session.returnTo = returnTo;
    await saveSession(req);
    return url.href;
  }

  /**
   * Completes the login from the OP's redirect. The transaction is removed from the session before
   * anything else, so a replayed callback finds none.
   */
  async complete(req: Request, callbackUrl: URL): Promise<AuthenticatedIdentity> {
    const relyingParty = this.requireRelyingParty();
    const transaction = req.session?.oidcTransaction as AuthenticationTransaction | undefined;
    if (req.session) {
      delete req.session.oidcTransaction;
      await saveSession(req);
    }
    if (!transaction) throw oidcError('OIDC_STATE_MISMATCH');
    return relyingParty.completeAuthentication(callbackUrl, transaction);
  }

  /** A fresh session (no fixation) for the person the OP vouched for. Returns where to go next. */
  async establishSession(req: Request, identity: AuthenticatedIdentity): Promise<string> {
    const returnTo = req.session?.returnTo ?? '/';
    await regenerateSession(req);
    req.session.fiscalCode = identity.fiscalCode;
    req.session.provider = identity.provider;
    req.session.opEntityId = identity.opEntityId;
    req.session.accessToken = identity.accessToken;
    req.session.authenticatedAt = Date.now();
    req.session.csrfToken = newCsrfToken();
    await saveSession(req);
    await this.users.recordLogin({
      fiscalCode: identity.fiscalCode,
      givenName: identity.givenName,
      familyName: identity.familyName,
      email: identity.email ?? null,
      provider: identity.provider,
      locale: portalLocale(req),
    });
    await this.audit.record({
      actor: { fiscalCode: identity.fiscalCode, roles: ['resident'] },
      action: 'auth.login',
      subjectFiscalCode: identity.fiscalCode,
      resourceType: 'session',
      details: { provider: identity.provider, acr: identity.acr, op: identity.opEntityId },
    });
    return returnTo;
  }

  /** Revokes the access token at the OP (which ends the SPID session there) and destroys the session. */
  async logout(req: Request): Promise<void> {
    const { accessToken, opEntityId, fiscalCode } = req.session ?? {};
    if (accessToken && opEntityId && this.relyingParty) {
      try {
        await this.relyingParty.revoke(opEntityId, accessToken);
      } catch (error) {
        this.logger.warn(`Access token revocation failed: ${(error as Error).message}`);
      }
    }
    if (fiscalCode) {
      await this.audit.record({
        actor: { fiscalCode, roles: ['resident'] },
        action: 'auth.logout',
        subjectFiscalCode: fiscalCode,
        resourceType: 'session',
      });
    }
    if (req.session) await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  }

  private requireRelyingParty(): RelyingParty {
    if (!this.relyingParty) throw loginUnavailable();
    return this.relyingParty;
  }
}
