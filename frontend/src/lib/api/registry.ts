import type { CorrectionField } from '../registry/correction-fields';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components, paths } from './schema';

export type { CorrectionField };

/** Backend module `registry` (anagrafe): the resident's data and household, and the registry office. */

type Schemas = components['schemas'];

export type CodeLabel = Schemas['CodeLabelView'];
export type Place = Schemas['PlaceView'];
export type Address = Schemas['AddressView'];
export type IdentityDocument = Schemas['IdentityDocumentView'];
/** The visura anagrafica. */
export type Visura = Schemas['VisuraView'];
export type HouseholdMember = Schemas['HouseholdMemberView'];
export type Household = Schemas['HouseholdView'];
export type CorrectionState = Exclude<CorrectionQueueState, 'all'>;
export type Correction = Schemas['CorrectionView'];
export type StaffCorrection = Schemas['StaffCorrectionView'];
export type CorrectionQueue = Schemas['CorrectionQueueView'];
export type AccessLogEntry = Schemas['AccessLogEntryView'];
export type AccessLogPage = Schemas['AccessLogPageView'];
export type PersonSearchKind = Schemas['PersonSearchPageView']['searchedBy'];
export type PersonSearchHit = Schemas['PersonSearchHitView'];
export type PersonSearchPage = Schemas['PersonSearchPageView'];
export type PersonRecord = Schemas['PersonRecordView'];
export type ImportJobState = Schemas['ImportJobSummaryView']['state'];
export type ImportJobPhase = Schemas['ImportJobSummaryView']['phase'];
/** One problem of an import file: its line (the header is line 1), the column when there is one, the reason. */
export type ImportProblem = Schemas['ImportProblemView'];
/** What a completed import changed, table by table: all zeros when the same file is imported again. */
export type ImportChanges = Schemas['ImportChangesView'];
export type ImportJobSummary = Schemas['ImportJobSummaryView'];
/** An import with its report: `errors` holds the first 1000 problems, `errorCount` all of them. */
export type ImportJob = Schemas['ImportJobView'];

type CorrectionQueueState = NonNullable<
  NonNullable<paths['/api/staff/registry/corrections']['get']['parameters']['query']>['state']
>;

const OFFICE = '/api/staff/registry';

export function getVisura(): Promise<Visura> {
  return bodyOf(serverApi().GET('/api/registry/me'));
}

export function getHousehold(): Promise<Household> {
  return bodyOf(serverApi().GET('/api/registry/me/household'));
}

export function getMyCorrections(): Promise<Correction[]> {
  return bodyOf(serverApi().GET('/api/registry/me/corrections'));
}

export function getAccessLog(before?: string): Promise<AccessLogPage> {
  return bodyOf(serverApi().GET('/api/registry/me/access-log', { params: { query: { limit: 20, before } } }));
}

export function searchPersons(q: string, offset = 0, by?: PersonSearchKind): Promise<PersonSearchPage> {
  return bodyOf(
    serverApi().GET('/api/staff/registry/persons', { params: { query: { q, offset, limit: 20, by } } }),
  );
}

export function getPersonRecord(id: string, purpose: string): Promise<PersonRecord> {
  return bodyOf(
    serverApi().GET('/api/staff/registry/persons/{id}', { params: { path: { id }, query: { purpose } } }),
  );
}

export function getCorrectionQueue(state: CorrectionQueueState, offset = 0): Promise<CorrectionQueue> {
  return bodyOf(
    serverApi().GET('/api/staff/registry/corrections', { params: { query: { state, offset, limit: 20 } } }),
  );
}

/** The evidence of a request, downloaded by the browser through the same-origin `/api` route. */
export function correctionAttachmentPath(id: string): string {
  return `${OFFICE}/corrections/${encodeURIComponent(id)}/attachment`;
}

/** The 20 most recent registry imports, newest first. */
export async function getImportJobs(): Promise<ImportJobSummary[]> {
  return (await bodyOf(serverApi().GET('/api/staff/registry/imports'))).items;
}

export function getImportJob(id: string): Promise<ImportJob> {
  return bodyOf(serverApi().GET('/api/staff/registry/imports/{id}', { params: { path: { id } } }));
}
