import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { readApiResponse } from './read-api-response';

async function rejection(response: Response): Promise<ApiError> {
  const error = await readApiResponse(response).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('readApiResponse', () => {
  it('should return the JSON body of a successful answer', async () => {
    const response = Response.json({ name: "Spino d'Adda" });
    await expect(readApiResponse(response)).resolves.toEqual({ name: "Spino d'Adda" });
  });

  it('should return undefined for 204 No Content', async () => {
    await expect(readApiResponse(new Response(null, { status: 204 }))).resolves.toBeUndefined();
  });

  it('should throw the problem document of a failed answer with its code, field and errors', async () => {
    const problem = {
      type: 'https://portale.example/problems/validation',
      title: 'Bad Request',
      detail: 'Il codice fiscale non è valido.',
      code: 'VALIDATION_FAILED',
      field: 'fiscalCode',
      errors: [
        { field: 'fiscalCode', detail: 'Il codice fiscale non è valido.', code: 'INVALID_FISCAL_CODE' },
      ],
    };
    const error = await rejection(
      new Response(JSON.stringify(problem), {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.problem).toEqual(problem);
  });

  it('should build a generic Italian problem when the failed answer is not JSON', async () => {
    const error = await rejection(
      new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(error.status).toBe(502);
    expect(error.problem.code).toBe('HTTP_502');
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.problem.detail).toMatch(/Riprova/);
  });
});
