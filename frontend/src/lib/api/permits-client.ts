import { type PermitsAudience, practiceApiPath } from '../permits/api-paths';
import { browserApi, clientApiFetch } from './api-fetch-client';
import type { PracticeDocument, SignedPracticeDocument, TransitionRequest } from './permits';
import { bodyOf } from './read-api-response';

/** `POST .../transitions` from the browser; throws `ApiError` (409 when someone changed it meanwhile). */
export function transitionPractice(
  audience: PermitsAudience,
  practiceId: string,
  request: TransitionRequest,
): Promise<{ version: number }> {
  const options = { params: { path: { id: practiceId } }, body: request };
  if (audience === 'staff') return bodyOf(browserApi().POST('/api/staff/permits/{id}/transitions', options));
  return bodyOf(browserApi().POST('/api/permits/{id}/transitions', options));
}

/**
 * `POST .../documents` with one file (multipart, which the typed client would re-encode); the backend checks its
 * type from the content.
 */
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

/**
 * `POST /api/permits/{id}/signed-documents`: a party answers the open integration request with a signed document
 * (PAdES PDF or CAdES `.p7m`); the signature is verified first, and a refusal carries the Italian reason.
 */
export function uploadSignedPracticeDocument(
  practiceId: string,
  file: File,
): Promise<SignedPracticeDocument> {
  const form = new FormData();
  form.append('file', file);
  return clientApiFetch(`/api/permits/${encodeURIComponent(practiceId)}/signed-documents`, {
    method: 'POST',
    body: form,
  });
}
