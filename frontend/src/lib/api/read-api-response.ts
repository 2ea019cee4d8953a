import { ApiError, type FieldProblem, type Problem } from './api-error';

const GENERIC_DETAIL = 'Il servizio non ha risposto come previsto. Riprova tra qualche istante.';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .map((item) => ({
      field: String(item.field ?? ''),
      detail: String(item.detail ?? ''),
      code: text(item.code),
    }));
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    detail: GENERIC_DETAIL,
    code: `HTTP_${response.status}`,
  };
  if (!(response.headers.get('content-type') ?? '').includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    if (body === null || typeof body !== 'object') return fallback;
    const raw = body as Record<string, unknown>;
    return {
      type: text(raw.type) ?? fallback.type,
      title: text(raw.title) ?? fallback.title,
      detail: text(raw.detail) ?? fallback.detail,
      code: text(raw.code) ?? fallback.code,
      field: text(raw.field),
      errors: fieldProblems(raw.errors),
    };
  } catch {
    return fallback;
  }
}

/** The answer itself when it is a success (or a redirect the caller chose not to follow), else `ApiError`. */
export async function throwUnlessOk(response: Response): Promise<Response> {
  if (response.type === 'opaqueredirect' || response.ok) return response;
  throw new ApiError(response.status, await readProblem(response));
}

/**
 * Turns a backend answer into its JSON body (`undefined` for 204 and for a redirect the caller chose
 * not to follow) or throws `ApiError` with the problem document.
 */
export async function readApiResponse<T>(response: Response): Promise<T> {
  if (response.type === 'opaqueredirect' || response.status === 204) return undefined as T;
  await throwUnlessOk(response);
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/**
 * The body of a typed call. The clients' fetch already threw `ApiError` for every failure, so an `error` here
 * can only be an answer openapi-fetch could not read as the document promised.
 */
export async function bodyOf<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined) {
    throw new ApiError(response.status, {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      detail: GENERIC_DETAIL,
      code: `HTTP_${response.status}`,
    });
  }
  return data as T;
}

/** The error for a backend that could not be reached at all (connection refused, timeout). */
export function unreachableBackend(cause: unknown): ApiError {
  const error = new ApiError(503, {
    type: 'about:blank',
    title: 'Service Unavailable',
    detail: 'Il servizio non è raggiungibile in questo momento. Riprova tra qualche minuto.',
    code: 'BACKEND_UNREACHABLE',
  });
  error.cause = cause;
  return error;
}
