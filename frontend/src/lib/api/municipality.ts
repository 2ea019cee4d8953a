import { cache } from 'react';
import { ApiError } from './api-error';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** `GET /api/public/municipality`: the comune this portal serves. */
export type Municipality = components['schemas']['MunicipalityView'];

/**
 * The comune's identity, or `null` when the backend cannot say: every page still renders, with a
 * generic name, while the backend is down.
 */
export const getMunicipality = cache(async (): Promise<Municipality | null> => {
  try {
    return await bodyOf(serverApi().GET('/api/public/municipality'));
  } catch (error) {
    // Anything else is a bug or Next.js's own control flow (dynamic rendering bail-out): let it through.
    if (!(error instanceof ApiError)) throw error;
    console.warn(
      `Municipality unavailable (${error.status} ${error.problem.code}), rendering the generic name`,
    );
    return null;
  }
});
