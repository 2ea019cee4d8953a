import { permitsApiBase, practiceApiPath } from '../permits/api-paths';
import { apiFetch } from './api-fetch';

/** Backend module `permits`: building-permit practices (pratiche edilizie), for residents and the office. */

export type PracticeType = 'CIL' | 'CILA' | 'SCIA' | 'SCIA_ALTERNATIVA' | 'PDC' | 'SCA';

export type PracticeState =
  | 'submitted'
  | 'assigned'
  | 'under_review'
  | 'integration_requested'
  | 'integrations_submitted'
  | 'changes_requested'
  | 'refusal_notice'
  | 'effective'
  | 'under_check'
  | 'granted'
  | 'rejected'
  | 'archived'
  | 'withdrawn';

/** The filters of the area personale (Designers Italia). */
export type ResidentBucket = 'inviate' | 'in_elaborazione' | 'da_integrare' | 'accettate' | 'rifiutate';

export const PRACTICE_TYPES: readonly PracticeType[] = [
  'CIL',
  'CILA',
  'SCIA',
  'SCIA_ALTERNATIVA',
  'PDC',
  'SCA',
];

export type PartyRole = 'applicant' | 'co_applicant' | 'technician';
export type ActorRole = 'applicant' | 'technician' | 'permits' | 'system';
export type TransitionField = 'caseOfficer' | 'dueDate' | 'requestedDocuments' | 'publicNote' | 'decision';
export type MilestoneKind =
  | 'case_officer'
  | 'integration_request_limit'
  | 'review_proposal'
  | 'decision'
  | 'control_window'
  | 'applicant_due';

export interface Decision {
  number: string;
  /** `YYYY-MM-DD` */
  date: string;
  outcome: 'granted' | 'rejected';
}

export interface LegalClock {
  kind: 'pdc_decision' | 'scia_control' | 'scia_alternativa_control' | 'no_legal_term' | 'concluded';
  deadline: string | null;
  daysRemaining: number | null;
  overdue: boolean;
  silentConsentDate?: string;
  paused: boolean;
  resumesOn?: string;
  milestones: { kind: MilestoneKind; date: string | null; overdue: boolean }[];
  /** Italian, written by the backend from the law. */
  explanation: string;
}

export interface AllowedTransition {
  to: PracticeState;
  label: string;
  requires: TransitionField[];
}

export interface TimelineEntry {
  seq: number;
  from: PracticeState | null;
  to: PracticeState;
  /** ISO 8601 instant. */
  at: string;
  actor: { role: ActorRole; name: string; id?: string };
  publicNote: string | null;
  /** Only in the office's view. */
  internalNote?: string | null;
  dueDate: string | null;
  decision: Decision | null;
  requestedDocuments: string[];
}

export interface IntegrationRequest {
  id: string;
  kind: 'integration' | 'changes' | 'observations';
  requestedAt: string;
  dueDate: string | null;
  requestedDocuments: string[];
  answeredAt: string | null;
  open: boolean;
}

export interface PracticeDocument {
  id: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: { role: ActorRole; name: string };
  integrationRequestId: string | null;
}

interface PracticeBase {
  id: string;
  /** Sent back as `expectedVersion` with a change. */
  version: number;
  protocolNumber: string;
  protocolDate: string;
  type: PracticeType;
  state: PracticeState;
  bucket: ResidentBucket;
  terminal: boolean;
  address: string;
  cadastral: { sheet: string; parcel: string; subaltern: string | null };
  description: string;
  office: { name: string; email: string; pec: string; phone: string; address: string };
  legalClock: LegalClock;
  requests: IntegrationRequest[];
  documents: PracticeDocument[];
  decision: Decision | null;
  updatedAt: string;
}

/** `GET /api/permits/{id}`: what a party sees (no internal notes). */
export interface ResidentPractice extends PracticeBase {
  yourRoles: PartyRole[];
  parties: { role: PartyRole; name: string }[];
  caseOfficer: { name: string } | null;
  timeline: TimelineEntry[];
  actions: { transitions: AllowedTransition[]; uploadDocuments: boolean };
}

/** `GET /api/staff/permits/{id}`: what the permits office sees. */
export interface StaffPractice extends PracticeBase {
  parties: { role: PartyRole; name: string; fiscalCode: string; email: string | null }[];
  caseOfficer: { name: string; fiscalCode: string } | null;
  constraints: 'none' | 'cleared' | 'pending';
  doubledTerms: boolean;
  officeDeadline: string | null;
  overdue: boolean;
  timeline: TimelineEntry[];
  allowedTransitions: AllowedTransition[];
}

export interface ResidentPracticeSummary {
  id: string;
  protocolNumber: string;
  protocolDate: string;
  type: PracticeType;
  state: PracticeState;
  bucket: ResidentBucket;
  address: string;
  yourRoles: PartyRole[];
  dueDate: string | null;
  updatedAt: string;
}

export interface ResidentPracticeList {
  items: ResidentPracticeSummary[];
  counts: Record<ResidentBucket, number>;
}

export interface QueueItem {
  id: string;
  protocolNumber: string;
  protocolDate: string;
  type: PracticeType;
  state: PracticeState;
  address: string;
  applicants: string;
  caseOfficer: { name: string; fiscalCode: string } | null;
  officeDeadline: string | null;
  overdue: boolean;
  version: number;
  updatedAt: string;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface QueueFilters {
  state?: PracticeState;
  type?: PracticeType;
  /** A codice fiscale, `me` or `none`. */
  officer?: string;
  overdue?: boolean;
  q?: string;
  page?: number;
}

/** The body of `POST .../transitions`, for residents and staff alike. */
export interface TransitionRequest {
  to: PracticeState;
  expectedVersion: number;
  publicNote?: string;
  internalNote?: string;
  dueDate?: string;
  requestedDocuments?: string[];
  decision?: { number: string; date: string };
  caseOfficerFiscalCode?: string;
}

export function getMyPractices(bucket?: ResidentBucket): Promise<ResidentPracticeList> {
  const query = bucket ? `?${new URLSearchParams({ bucket })}` : '';
  return apiFetch<ResidentPracticeList>(`${permitsApiBase.resident}${query}`);
}

export function getMyPractice(id: string): Promise<ResidentPractice> {
  return apiFetch<ResidentPractice>(practiceApiPath('resident', id));
}

export function getPermitsQueue(filters: QueueFilters): Promise<QueuePage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  return apiFetch<QueuePage>(`${permitsApiBase.staff}?${query}`);
}

export function getStaffPractice(id: string): Promise<StaffPractice> {
  return apiFetch<StaffPractice>(practiceApiPath('staff', id));
}
