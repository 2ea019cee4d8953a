import type { CorrectionField } from '../registry/correction-fields';
import { apiFetch } from './api-fetch';

export type { CorrectionField };

/** Backend module `registry` (anagrafe): the resident's data and household, and the registry office. */

export interface CodeLabel {
  code: string;
  label: string;
}

export interface Place {
  code: string;
  name: string;
}

export interface Address {
  kind: 'street' | 'abroad';
  /** The whole address on one line. */
  text: string;
  street?: string;
  civicNumber?: string;
  internal?: string | null;
  locality?: string;
  country?: string;
}

export interface IdentityDocument {
  kind: 'cie' | 'paper';
  kindLabel: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  expired: boolean;
  daysToExpiry: number;
}

/** The visura anagrafica. */
export interface Visura {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthPlace: Place;
  citizenship: CodeLabel;
  maritalStatus: CodeLabel;
  status: CodeLabel;
  identityDocument: IdentityDocument | null;
  residence: { address: Address; since: string } | null;
  household: { code: string; relationship: CodeLabel; entryDate: string } | null;
  recordBlocked: { reason: string } | null;
}

export interface HouseholdMember {
  personId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  birthPlace: Place;
  relationship: CodeLabel;
  entryDate: string;
  isHead: boolean;
  isYou: boolean;
}

export interface Household {
  code: string;
  address: Address;
  members: HouseholdMember[];
}

export type CorrectionState = 'open' | 'accepted' | 'rejected';

export interface Correction {
  id: string;
  reference: string;
  subject: { personId: string; name: string; fiscalCode: string };
  field: CodeLabel;
  currentValue: string;
  requestedValue: string;
  reason: string;
  attachment: { name: string; mediaType: string; size: number } | null;
  state: CodeLabel;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
  dueOn: string;
}

export interface StaffCorrection extends Correction {
  requesterFiscalCode: string;
  ageDays: number;
  overdue: boolean;
  version: number;
  answeredBy: string | null;
}

export interface CorrectionQueue {
  items: StaffCorrection[];
  total: number;
  limit: number;
  offset: number;
  summary: { open: number; overdue: number; oldestOpenAgeDays: number | null };
}

export interface AccessLogEntry {
  id: string;
  at: string;
  who: {
    kind: 'self' | 'household_member' | 'staff' | 'system';
    name: string;
    role: string;
    office: string | null;
  };
  what: string;
  why: string | null;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
  nextBefore: string | null;
}

export type PersonSearchKind = 'fiscal_code' | 'name' | 'address';

export interface PersonSearchHit {
  id: string;
  fiscalCode: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  status: CodeLabel;
  householdCode: string | null;
  address: Address | null;
}

export interface PersonSearchPage {
  searchedBy: PersonSearchKind;
  items: PersonSearchHit[];
  total: number;
  limit: number;
  offset: number;
}

export interface PersonRecord {
  person: Visura;
  household: Household | null;
  memberships: {
    householdCode: string;
    relationship: CodeLabel;
    entryDate: string;
    exitDate: string | null;
    address: Address;
  }[];
  events: { kind: CodeLabel; date: string; place: Place | null }[];
  corrections: StaffCorrection[];
}

export type ImportJobState = 'queued' | 'running' | 'completed' | 'rejected' | 'failed';
export type ImportJobPhase = 'waiting' | 'reading' | 'merging' | 'done';

/** One problem of an import file: its line (the header is line 1), the column when there is one, the reason. */
export interface ImportProblem {
  line: number;
  field: string | null;
  reason: string;
}

/** What a completed import changed, table by table: all zeros when the same file is imported again. */
export interface ImportChanges {
  streetsInserted: number;
  streetsUpdated: number;
  personsInserted: number;
  personsUpdated: number;
  householdsInserted: number;
  householdsUpdated: number;
  membershipsInserted: number;
  membershipsUpdated: number;
  membershipsClosed: number;
  headsChanged: number;
  eventsInserted: number;
  personsNotInFile: number;
}

export interface ImportJobSummary {
  id: string;
  source: 'upload' | 'demo' | 'cli';
  state: ImportJobState;
  phase: ImportJobPhase;
  fileName: string | null;
  fileSize: number | null;
  fileSha256: string | null;
  startedBy: string | null;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  errorCount: number;
  changes: ImportChanges | null;
  failure: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

/** An import with its report: `errors` holds the first 1000 problems, `errorCount` all of them. */
export interface ImportJob extends ImportJobSummary {
  errors: ImportProblem[];
}

const ME = '/api/registry/me';
const OFFICE = '/api/staff/registry';

export function getVisura(): Promise<Visura> {
  return apiFetch<Visura>(ME);
}

export function getHousehold(): Promise<Household> {
  return apiFetch<Household>(`${ME}/household`);
}

export function getMyCorrections(): Promise<Correction[]> {
  return apiFetch<Correction[]>(`${ME}/corrections`);
}

export function getAccessLog(before?: string): Promise<AccessLogPage> {
  const query = new URLSearchParams({ limit: '20', ...(before ? { before } : {}) });
  return apiFetch<AccessLogPage>(`${ME}/access-log?${query}`);
}

export function searchPersons(q: string, offset = 0, by?: PersonSearchKind): Promise<PersonSearchPage> {
  const query = new URLSearchParams({ q, offset: String(offset), limit: '20', ...(by ? { by } : {}) });
  return apiFetch<PersonSearchPage>(`${OFFICE}/persons?${query}`);
}

export function getPersonRecord(id: string, purpose: string): Promise<PersonRecord> {
  return apiFetch<PersonRecord>(
    `${OFFICE}/persons/${encodeURIComponent(id)}?${new URLSearchParams({ purpose })}`,
  );
}

export function getCorrectionQueue(state: CorrectionState | 'all', offset = 0): Promise<CorrectionQueue> {
  const query = new URLSearchParams({ state, offset: String(offset), limit: '20' });
  return apiFetch<CorrectionQueue>(`${OFFICE}/corrections?${query}`);
}

/** The evidence of a request, downloaded by the browser through the same-origin `/api` route. */
export function correctionAttachmentPath(id: string): string {
  return `${OFFICE}/corrections/${encodeURIComponent(id)}/attachment`;
}

/** The 20 most recent registry imports, newest first. */
export async function getImportJobs(): Promise<ImportJobSummary[]> {
  return (await apiFetch<{ items: ImportJobSummary[] }>(`${OFFICE}/imports`)).items;
}

export function getImportJob(id: string): Promise<ImportJob> {
  return apiFetch<ImportJob>(`${OFFICE}/imports/${encodeURIComponent(id)}`);
}
