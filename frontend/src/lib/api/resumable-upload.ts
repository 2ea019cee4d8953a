import { DetailedError, type HttpResponse, Upload } from 'tus-js-client';
import { ApiError } from './api-error';
import { clientApiFetch, readCookie } from './api-fetch-client';
import { CSRF_COOKIE, CSRF_HEADER } from './csrf';
import { throwUnlessOk, unreachableBackend } from './read-api-response';
import type { AttachmentKind, DraftAttachment } from './sue';

/**
 * Each PATCH carries at most this much: a dropped connection loses at most one chunk, and no proxy in between
 * has to take a whole 10 MB body at once.
 */
export const UPLOAD_CHUNK_BYTES = 1_048_576;
/** Automatic retries after a network drop (ms before each); then the user retries, and resumes all the same. */
const RETRY_DELAYS = [0, 1000, 3000];

export interface UploadProgress {
  sent: number;
  total: number;
  /** The upload resumed one interrupted earlier (another attempt, a reload), from `sent` bytes. */
  resumed: boolean;
}

/** The backend's problem document out of a tus failure, as the rest of the API client throws it. */
async function apiErrorOf(error: Error): Promise<Error> {
  const response: HttpResponse | null = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) return unreachableBackend(error);
  const answer = new Response(response.getBody() || null, {
    status: response.getStatus(),
    headers: { 'content-type': response.getHeader('content-type') ?? 'text/plain' },
  });
  try {
    await throwUnlessOk(answer);
  } catch (apiError) {
    if (apiError instanceof ApiError) return apiError;
  }
  return unreachableBackend(error);
}

/**
 * Sends a signed attachment with the tus protocol to `/api/permits/drafts/{id}/uploads`, resuming an upload of
 * the same file, kind and draft left unfinished (fingerprint kept in localStorage, so a reload resumes too),
 * then completes it: the backend verifies the signature and answers the attachment, or throws `ApiError` with
 * the reason.
 */
export async function uploadResumably(
  draftId: string,
  kind: AttachmentKind,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<DraftAttachment> {
  const draftPath = `/api/permits/drafts/${encodeURIComponent(draftId)}`;
  let resumed = false;
  const uploadUrl = await new Promise<string>((resolve, reject) => {
    const upload: Upload = new Upload(file, {
      endpoint: `${window.location.origin}${draftPath}/uploads`,
      metadata: { kind, filename: file.name },
      chunkSize: UPLOAD_CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      fingerprint: async () =>
        ['portale-sue', draftId, kind, file.name, file.size, file.lastModified].join(':'),
      onBeforeRequest: (request) => {
        const token = readCookie(CSRF_COOKIE);
        if (token) request.setHeader(CSRF_HEADER, token);
      },
      onProgress: (sent, total) => onProgress({ sent, total, resumed }),
      onSuccess: () => resolve(upload.url ?? ''),
      onError: (error) => void apiErrorOf(error).then(reject),
    });
    void upload.findPreviousUploads().then((previous) => {
      if (previous.length > 0) {
        resumed = true;
        upload.resumeFromPreviousUpload(previous[0]);
      }
      upload.start();
    }, reject);
  });
  return clientApiFetch<DraftAttachment>(`${new URL(uploadUrl).pathname}/complete`, { method: 'POST' });
}
