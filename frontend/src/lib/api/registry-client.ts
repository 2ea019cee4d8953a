import { clientApiFetch } from './api-fetch-client';
import type { Correction, ImportJob, StaffCorrection } from './registry';

/** `POST /api/registry/me/corrections` from the browser: the form's fields and its optional `attachment`. */
export function submitCorrection(form: FormData): Promise<Correction> {
  return clientApiFetch('/api/registry/me/corrections', { method: 'POST', body: form });
}

/** `POST .../corrections/{id}/answer`; throws `ApiError` 409 when another clerk answered first. */
export function answerCorrection(
  id: string,
  answer: { outcome: 'accepted' | 'rejected'; answer: string; version: number },
): Promise<StaffCorrection> {
  return clientApiFetch(`/api/staff/registry/corrections/${encodeURIComponent(id)}/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  });
}

/**
 * `POST /api/staff/registry/imports`: the chosen file itself as the body. The backend checks the encoding and
 * the header before answering 202 with the job, or refuses the file with an Italian problem `detail`.
 */
export function uploadRegistryImport(file: File): Promise<ImportJob> {
  return clientApiFetch(`/api/staff/registry/imports?${new URLSearchParams({ fileName: file.name })}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: file,
  });
}
