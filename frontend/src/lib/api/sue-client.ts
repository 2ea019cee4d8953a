import { browserApi, clientApiFetch } from './api-fetch-client';
import { bodyOf } from './read-api-response';
import type { Draft, DraftSections, Submission, TechnicianProfile } from './sue';

/** The SUE wizard's calls from the browser; each throws `ApiError` with the backend's Italian reason. */
export function createDraft(type: Draft['type']): Promise<{ id: string }> {
  return bodyOf(browserApi().POST('/api/permits/drafts', { body: { type } }));
}

export function saveDraft(id: string, sections: DraftSections): Promise<Draft> {
  return bodyOf(browserApi().PUT('/api/permits/drafts/{id}', { params: { path: { id } }, body: sections }));
}

export async function deleteAttachment(id: string, attachmentId: string): Promise<void> {
  await clientApiFetch(
    `/api/permits/drafts/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
    { method: 'DELETE' },
  );
}

export function submitDraft(id: string): Promise<Submission> {
  return bodyOf(browserApi().POST('/api/permits/drafts/{id}/submit', { params: { path: { id } } }));
}

/** Asks (or finds the one already asked) the pagoPA notice of the filing fee; answers its payment id. */
export function requestFilingFee(id: string): Promise<{ id: string }> {
  return bodyOf(browserApi().POST('/api/permits/drafts/{id}/fee-payment', { params: { path: { id } } }));
}

/** `PUT /api/me/technician-profile`: albo/ordine, number, province, PEC, prefilled in the drafts the technician starts. */
export function saveTechnicianProfile(profile: TechnicianProfile): Promise<TechnicianProfile> {
  return bodyOf(browserApi().PUT('/api/me/technician-profile', { body: profile }));
}
