/**
 * The metadata key under which `auth` records who may call a route. It lives here, below every feature, so the
 * rate limiter can tell routes for logged-in people apart without reaching into `auth`.
 */
export const ACCESS_RULE = 'portal:access-rule';

/** The part of a route's access rule that code below `auth` reads: `auth` adds the roles. */
export interface AccessRuleKind {
  kind: 'public' | 'authenticated';
}

/** A request as the session middleware leaves it for a logged-in person, seen from below `auth`. */
export interface IdentifiedRequest {
  user?: { fiscalCode: string };
}
