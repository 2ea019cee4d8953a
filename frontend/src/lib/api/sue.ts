import { ApiError } from './api-error';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend `permits/filing` and `permits/albo`: the SUE online (drafts, filing) and the albo pretorio. */

type Schemas = components['schemas'];

export type Draft = Schemas['DraftView'];
export type DraftSummary = Schemas['DraftSummaryView'];
export type DraftAttachment = Schemas['AttachmentView'];
export type DraftSections = Schemas['UpdateDraftDto'];
export type AttachmentKind = Schemas['AttachmentView']['kind'];
export type MissingItem = Schemas['MissingItemView'];
export type Submission = Schemas['SubmissionView'];
export type AlboEntry = Schemas['AlboEntryView'];
export type AlboArchivePage = Schemas['AlboArchivePageView'];
export type TechnicianProfile = Schemas['TechnicianProfileView'];

/** The caller's technician profile, or null when they have not saved one (the API's 404). */
export async function getTechnicianProfile(): Promise<TechnicianProfile | null> {
  try {
    return await bodyOf(serverApi().GET('/api/me/technician-profile'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function getMyDrafts(): Promise<DraftSummary[]> {
  return bodyOf(serverApi().GET('/api/permits/drafts'));
}

export function getDraft(id: string): Promise<Draft> {
  return bodyOf(serverApi().GET('/api/permits/drafts/{id}', { params: { path: { id } } }));
}

export function getAlboPretorio(): Promise<AlboEntry[]> {
  return bodyOf(serverApi().GET('/api/public/albo-pretorio'));
}

export function getAlboArchive(query: {
  address?: string;
  year?: number;
  page?: number;
}): Promise<AlboArchivePage> {
  return bodyOf(serverApi().GET('/api/public/albo-pretorio/archivio', { params: { query } }));
}
