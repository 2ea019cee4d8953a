import { cache } from 'react';
import { ApiError } from './api-error';
import { apiFetch } from './api-fetch';

/** `GET /api/public/municipality`: the comune this portal serves. */
export interface Municipality {
  name: string;
  cadastralCode: string;
  /** Two-letter province code, e.g. `CR`. */
  province: string;
  region: string;
  logoUrl: string | null;
  website: string;
  contacts: {
    address: string;
    email: string;
    pec: string;
    phone: string;
  };
}

/**
 * The comune's identity, or `null` when the backend cannot say: every page still renders, with a
 * generic name, while the backend is down.
 */
export const getMunicipality = cache(async (): Promise<Municipality | null> => {
  try {
    return await apiFetch<Municipality>('/api/public/municipality');
  } catch (error) {
    // Anything else is a bug or Next.js's own control flow (dynamic rendering bail-out): let it through.
    if (!(error instanceof ApiError)) throw error;
    console.warn(
      `Municipality unavailable (${error.status} ${error.problem.code}), rendering the generic name`,
    );
    return null;
  }
});
