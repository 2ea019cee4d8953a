import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Role } from './roles.js';

export const ACCESS_RULE = 'portal:access-rule';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated'; roles: readonly Role[] };

/** Anyone, logged in or not, may call this route. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/**
 * A logged-in user may call this route; with roles, only a user holding at least one of them.
 * Routes with neither decorator are refused: access is denied unless a rule allows it.
 */
export const Authenticated = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated', roles } satisfies AccessRule),
    ApiCookieAuth('session'),
  );
