import { apiFetch } from './api-fetch';
import type { Message } from './messages';
import type { ResidentBucket } from './permits';

/** Backend module `personal-area`: the resident's desk and the staff home. */

export interface SummaryPractice {
  id: string;
  protocolNumber: string;
  type: string;
  state: string;
  bucket: ResidentBucket;
  address: string;
  dueDate: string | null;
  /** The resident has the next move. */
  actionNeeded: boolean;
  updatedAt: string;
}

export interface SummaryInstalment {
  instalment: 'acconto' | 'saldo';
  dueDate: string;
  /** Euro as a decimal string. */
  total: string;
  pdf: string | null;
  past: boolean;
}

export interface SummaryDocument {
  kind: 'certificate' | 'f24' | 'upload';
  title: string;
  date: string;
  href: string;
}

export interface SummaryDeadline {
  kind: 'imu' | 'integration' | 'identity_document';
  date: string;
  overdue: boolean;
  href: string;
  reference: string;
  amount?: string;
}

/** `GET /api/personal-area/summary`. */
export interface PersonalAreaSummary {
  today: string;
  practices: { total: number; counts: Partial<Record<ResidentBucket, number>>; next: SummaryPractice[] };
  payments: {
    year: number;
    available: boolean;
    properties: number;
    instalments: SummaryInstalment[];
    f24Documents: number;
  };
  documents: { certificates: number; f24: number; uploads: number; latest: SummaryDocument[] };
  messages: { total: number; unread: number; latest: Message[] };
  deadlines: SummaryDeadline[];
}

export interface StaffPracticeItem {
  id: string;
  protocolNumber: string;
  type: string;
  state: string;
  address: string;
  officeDeadline: string | null;
  overdue: boolean;
}

export interface StaffJob {
  id: string;
  label: string;
  status: 'running' | 'failed' | 'completed_with_failures';
  done: number;
  total: number | null;
  failed: number;
  createdAt: string;
  href: string;
}

/** `GET /api/staff/home`: only the sections of the caller's offices. */
export interface StaffHome {
  roles: string[];
  registry?: {
    openCorrections: number;
    overdueCorrections: number;
    oldestCorrections: { id: string; reference: string; field: string; ageDays: number; overdue: boolean }[];
    imports: StaffJob[];
  };
  permits?: {
    overdue: number;
    overduePractices: StaffPracticeItem[];
    integrationsReceived: number;
    integrations: StaffPracticeItem[];
  };
  /** `missingLegalInterestRateYear`: the legal rate to enter now (next year's from 1 December), or null. */
  taxes?: { bulkJobs: StaffJob[]; missingLegalInterestRateYear: number | null };
}

export function getPersonalAreaSummary(): Promise<PersonalAreaSummary> {
  return apiFetch<PersonalAreaSummary>('/api/personal-area/summary');
}

export function getStaffHome(): Promise<StaffHome> {
  return apiFetch<StaffHome>('/api/staff/home');
}
