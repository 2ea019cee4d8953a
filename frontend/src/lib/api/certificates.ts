import { apiFetch } from './api-fetch';

/** Backend module `certificates`: issuing, archive and public verification of registry certificates. */

export type CertificateTypeCode =
  | 'residence'
  | 'residence_aire'
  | 'residence_cohabitation'
  | 'household'
  | 'household_relationships'
  | 'household_marital_status'
  | 'household_aire'
  | 'birth'
  | 'citizenship'
  | 'existence'
  | 'marital_status'
  | 'free_status'
  | 'marriage'
  | 'civil_union'
  | 'cohabitation_contract';

export interface RequestableSubject {
  personId: string;
  givenName: string;
  familyName: string;
  /** As printed on certificates: `intestatario`, `moglie`, `figlio` ... */
  relationship: string;
  self: boolean;
}

export interface CertificateTypeName {
  code: CertificateTypeCode;
  name: string;
}

export interface CertificateTypeAvailability extends CertificateTypeName {
  available: boolean;
  /** Italian reason, only when not available. */
  reason?: string;
}

export interface CertificateTypes {
  subject: RequestableSubject;
  types: CertificateTypeAvailability[];
}

export interface StampDutyExemption {
  id: string;
  useLabel: string;
  legalBasis: string;
  requiresNote: boolean;
}

export interface StampDutyOptions {
  amountCents: number;
  noteMaxLength: number;
  marcaIdDigits: number;
  exemptions: StampDutyExemption[];
}

export type StampDutyChoice = { exemption: string; note?: string } | { marcaId: string };

export interface CertificateRequest {
  types: CertificateTypeCode[];
  subjectId: string;
  stampDuty: StampDutyChoice;
}

export interface CertificateSectionPreview {
  type: CertificateTypeCode;
  paragraphs: string[];
  table?: { columns: string[]; rows: string[][] };
  notes?: string[];
}

/** Every sentence the certificate will print, before it gets its code and seal. */
export interface CertificatePreview {
  types: CertificateTypeCode[];
  title: string;
  subtitle?: string;
  heading: string;
  preamble: string;
  subject: { name: string; details: string[] };
  sections: CertificateSectionPreview[];
  dataAsOf: string;
  stampDuty: string;
  legalNotice: string;
  placeAndDate: string;
}

export interface IssuedCertificate {
  id: string;
  /** As printed, e.g. `7K3M-Q9XD-2HBT-VR4C`. */
  code: string;
  downloadUrl: string;
}

export interface ArchivedCertificate {
  id: string;
  code: string;
  title: string;
  types: CertificateTypeName[];
  subjectPersonId: string;
  subjectName: string;
  issuedAt: string;
  issueDate: string;
  stampDuty: { kind: 'exempt' | 'paid'; exemption?: string; marcaId?: string };
  downloadUrl: string;
}

export interface CertificateArchive {
  items: ArchivedCertificate[];
  nextCursor: string | null;
}

export interface CertificateVerification {
  /** Issued by the comune and, when the QR seal was checked, sealed exactly as archived. */
  authentic: boolean;
  seal: 'valid' | 'invalid' | 'not_provided';
  code: string;
  title: string;
  types: CertificateTypeName[];
  issueDate: string;
  municipality: string;
  subjectInitials: string;
}

/** `GET /api/certificates/subjects`: the caller first, then their famiglia anagrafica. */
export async function getRequestableSubjects(): Promise<RequestableSubject[]> {
  return (await apiFetch<{ subjects: RequestableSubject[] }>('/api/certificates/subjects')).subjects;
}

/** `GET /api/certificates/types`: every type for the person, with the reason when it cannot be issued. */
export function getCertificateTypes(personId: string): Promise<CertificateTypes> {
  return apiFetch<CertificateTypes>(`/api/certificates/types?${new URLSearchParams({ subject: personId })}`);
}

/** `GET /api/certificates/exemptions`: the exempt uses the requester may declare, with their legal basis. */
export function getStampDutyOptions(): Promise<StampDutyOptions> {
  return apiFetch<StampDutyOptions>('/api/certificates/exemptions');
}

function requestBody(request: CertificateRequest): string {
  const [single, ...others] = request.types;
  const types = others.length === 0 ? { type: single } : { types: request.types };
  return JSON.stringify({ ...types, subjectId: request.subjectId, stampDuty: request.stampDuty });
}

/** `POST /api/certificates/preview`: nothing is issued. */
export function previewCertificate(request: CertificateRequest): Promise<CertificatePreview> {
  return apiFetch<CertificatePreview>('/api/certificates/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requestBody(request),
  });
}

/** `POST /api/certificates`: issues, seals and archives the certificate. */
export function issueCertificate(request: CertificateRequest): Promise<IssuedCertificate> {
  return apiFetch<IssuedCertificate>('/api/certificates', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requestBody(request),
  });
}

/** `GET /api/certificates`: the caller's archive, newest first. */
export function getCertificateArchive(cursor?: string): Promise<CertificateArchive> {
  const query = new URLSearchParams({ limit: '50', ...(cursor ? { cursor } : {}) });
  return apiFetch<CertificateArchive>(`/api/certificates?${query}`);
}

/** `GET /api/public/certificates/{code}` (no login): 404 for unknown codes, 429 when rate-limited. */
export function verifyCertificate(code: string, sealToken?: string): Promise<CertificateVerification> {
  const query = sealToken ? `?${new URLSearchParams({ s: sealToken })}` : '';
  return apiFetch<CertificateVerification>(`/api/public/certificates/${encodeURIComponent(code)}${query}`);
}
