import type { Problem } from '../../lib/api/api-error';

/** Whether the backend's refusal names this input, alone or among its validation errors. */
export function refusedField(problem: Problem | null, field: string): boolean {
  return problem?.field === field || (problem?.errors?.some((e) => e.field === field) ?? false);
}

/** The Bootstrap class of an input, marked invalid when the refusal names it. */
export function controlClass(problem: Problem | null, field: string, base = 'form-control'): string {
  return refusedField(problem, field) ? `${base} is-invalid` : base;
}
