import { DomainError } from '../errors/domain-error.js';

export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError({
    code: 'TOO_MANY_REQUESTS',
    status: 429,
    detail: `Troppe richieste in poco tempo: riprova tra ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'secondo' : 'secondi'}.`,
    extra: { retryAfter: retryAfterSeconds },
  });
