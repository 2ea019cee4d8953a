/**
 * A failure the user can understand and act on. Pure domain code throws it (it has no framework
 * imports); the one exception filter turns it into `application/problem+json`.
 *
 * - `code`: stable, machine-readable, UPPER_SNAKE_CASE (e.g. `PRACTICE_TRANSITION_NOT_ALLOWED`).
 * - `status`: the HTTP status it maps to (400, 403, 404, 409, 422, 429, ...).
 * - `detail`: the Italian sentence shown to the user.
 * - `field`: the offending input field, where there is one (dotted path, e.g. `owners.0.sharePercent`).
 * - `extra`: more machine-readable members for the problem document (e.g. `{ allowed: ['granted'] }`).
 */
export interface DomainErrorInit {
  code: string;
  status: number;
  detail: string;
  field?: string;
  extra?: Record<string, unknown>;
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly detail: string;
  readonly field?: string;
  readonly extra?: Record<string, unknown>;

  constructor(init: DomainErrorInit) {
    super(`${init.code}: ${init.detail}`);
    this.name = 'DomainError';
    this.code = init.code;
    this.status = init.status;
    this.detail = init.detail;
    this.field = init.field;
    this.extra = init.extra;
  }
}
