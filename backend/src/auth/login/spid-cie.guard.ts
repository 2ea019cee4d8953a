import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/** Runs the SPID/CIE callback strategy; the verified identity lands in `req.oidcIdentity`. */
@Injectable()
export class SpidCieGuard extends AuthGuard('spid-cie') {
  override getAuthenticateOptions() {
    return { session: false, property: 'oidcIdentity' };
  }

  override handleRequest<T>(error: unknown, identity: T): T {
    if (error) throw error;
    return identity;
  }
}
