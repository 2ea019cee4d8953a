import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import { ACCESS_RULE, type AccessRuleKind } from '../../common/http/access-rule.js';
import type { Role } from './roles.js';

export { ACCESS_RULE };

/** The rate limiter reads these rules as `AccessRuleKind`: the intersection keeps the two in step. */
export type AccessRule = ({ kind: 'public' } | { kind: 'authenticated'; roles: readonly Role[] }) &
  AccessRuleKind;

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
