import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `personal-area`: the resident's desk and the staff home. */

type Schemas = components['schemas'];

export type SummaryPractice = Schemas['SummaryPracticeView'];
export type SummaryInstalment = Schemas['SummaryInstalmentView'];
export type SummaryDocument = Schemas['SummaryDocumentView'];
export type SummaryDeadline = Schemas['SummaryDeadlineView'];
/** `GET /api/personal-area/summary`. */
export type PersonalAreaSummary = Schemas['PersonalAreaSummaryView'];
export type StaffPracticeItem = Schemas['StaffPracticeItemView'];
export type StaffJob = Schemas['StaffJobView'];
/** `GET /api/staff/home`: only the sections of the caller's offices. */
export type StaffHome = Schemas['StaffHomeView'];

export function getPersonalAreaSummary(): Promise<PersonalAreaSummary> {
  return bodyOf(serverApi().GET('/api/personal-area/summary'));
}

export function getStaffHome(): Promise<StaffHome> {
  return bodyOf(serverApi().GET('/api/staff/home'));
}
