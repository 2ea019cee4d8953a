import { ApiError, type Problem } from '../api/api-error';

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/**
 * Runs a registry read for a page: a refusal (not in the registry, not found, forbidden, backend down) becomes the
 * backend's Italian explanation to show; an expired session still throws, so the error page sends to login.
 */
export async function loadRegistry<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    return { ok: false, problem: error.problem };
  }
}
