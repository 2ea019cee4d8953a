/** One invalid input, as the backend lists them in `errors` of a validation problem. */
export interface FieldProblem {
  field: string;
  detail: string;
  code?: string;
}

/** The RFC 9457 problem document the backend sends with `application/problem+json`. */
export interface Problem {
  type: string;
  title: string;
  /** Italian sentence meant for the user. */
  detail: string;
  /** Stable UPPER_SNAKE_CASE code, e.g. `PRACTICE_TRANSITION_NOT_ALLOWED`. */
  code: string;
  field?: string;
  errors?: FieldProblem[];
}

/** Thrown by `apiFetch` and `clientApiFetch` for every non-2xx answer and for an unreachable backend. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}
