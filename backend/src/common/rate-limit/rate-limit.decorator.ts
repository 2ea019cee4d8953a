import { SetMetadata } from '@nestjs/common';

export const RATE_LIMIT_POLICY = 'portal:rate-limit-policy';

/** Named limits applied per client address; authenticated writes are limited per person without a decorator. */
export type AddressRateLimitPolicy = 'login' | 'federation';

/** Limits this route per client address with the named policy (see `RateLimitGuard`). */
export const RateLimitByAddress = (policy: AddressRateLimitPolicy) => SetMetadata(RATE_LIMIT_POLICY, policy);
