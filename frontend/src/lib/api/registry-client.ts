import { browserApi, clientApiFetch } from './api-fetch-client';
import { bodyOf } from './read-api-response';
import type { Correction, ImportJob, StaffCorrection } from './registry';
import type { components } from './schema';

type CorrectionAnswer = components['schemas']['AnswerCorrectionDto'];

/** `POST /api/registry/me/corrections` from the browser: the form's fields and its optional `attachment`. */
export function submitCorrection(form: FormData): Promise<Correction> {
  return clientApiFetch('/api/registry/me/corrections', { method: 'POST', body: form });
}

/** `POST .../corrections/{id}/answer`; throws `ApiError` 409 when another clerk answered first. */
export function answerCorrection(id: string, answer: CorrectionAnswer): Promise<StaffCorrection> {
  return bodyOf(
    browserApi().POST('/api/staff/registry/corrections/{id}/answer', {
      params: { path: { id } },
      body: answer,
    }),
  );
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
