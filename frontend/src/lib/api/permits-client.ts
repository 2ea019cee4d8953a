import { type PermitsAudience, practiceApiPath } from '../permits/api-paths';
import { clientApiFetch } from './api-fetch-client';
import type { PracticeDocument, TransitionRequest } from './permits';

/** `POST .../transitions` from the browser; throws `ApiError` (409 when someone changed it meanwhile). */
export function transitionPractice(
  audience: PermitsAudience,
  practiceId: string,
  request: TransitionRequest,
): Promise<{ version: number }> {
  return clientApiFetch(`${practiceApiPath(audience, practiceId)}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
}

/** `POST .../documents` with one file (multipart); the backend checks its type from the content. */
export function uploadPracticeDocument(
  audience: PermitsAudience,
  practiceId: string,
  file: File,
): Promise<PracticeDocument> {
  const form = new FormData();
  form.append('file', file);
  return clientApiFetch(`${practiceApiPath(audience, practiceId)}/documents`, {
    method: 'POST',
    body: form,
  });
}
