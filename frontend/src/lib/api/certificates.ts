import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `certificates`: issuing, archive and public verification of registry certificates. */

type Schemas = components['schemas'];

export type CertificateTypeCode = Schemas['CertificateTypeNameView']['code'];
export type RequestableSubject = Schemas['RequestableSubjectView'];
export type CertificateTypeName = Schemas['CertificateTypeNameView'];
export type CertificateTypeAvailability = Schemas['CertificateTypeAvailabilityView'];
export type CertificateTypes = Schemas['CertificateTypesView'];
export type StampDutyExemption = Schemas['StampDutyExemptionView'];
export type StampDutyOptions = Schemas['StampDutyOptionsView'];
/**
 * Either a declared exemption (with its note for `other`), the paper marca da bollo's identifier, or the marca
 * da bollo digitale paid through pagoPA (`pagoPA: true`: the certificate waits for the payment).
 */
export type StampDutyChoice = Pick<Schemas['StampDutyDto'], 'exemption' | 'note' | 'marcaId'> & {
  pagoPA?: true;
};

export interface CertificateRequest {
  types: CertificateTypeCode[];
  subjectId: string;
  stampDuty: StampDutyChoice;
}

export type CertificateSectionPreview = Schemas['CertificateSectionView'];
/** Every sentence the certificate will print, before it gets its code and seal. */
export type CertificatePreview = Schemas['CertificatePreviewView'];
export type IssuedCertificate = Schemas['CertificateCreatedView'];

/** `202` of `POST /api/certificates` with the digital stamp: the certificate is issued once this is paid. */
export type CertificateAwaitingPayment = Schemas['CertificateAwaitingPaymentView'];
export type ArchivedCertificate = Schemas['ArchivedCertificateView'];
export type CertificateArchive = Schemas['CertificateArchiveView'];
export type CertificateVerification = Schemas['CertificateVerificationView'];

/** `GET /api/certificates/subjects`: the caller first, then their famiglia anagrafica. */
export async function getRequestableSubjects(): Promise<RequestableSubject[]> {
  return (await bodyOf(serverApi().GET('/api/certificates/subjects'))).subjects;
}

/** `GET /api/certificates/types`: every type for the person, with the reason when it cannot be issued. */
export function getCertificateTypes(personId: string): Promise<CertificateTypes> {
  return bodyOf(serverApi().GET('/api/certificates/types', { params: { query: { subject: personId } } }));
}

/** `GET /api/certificates/exemptions`: the exempt uses the requester may declare, with their legal basis. */
export function getStampDutyOptions(): Promise<StampDutyOptions> {
  return bodyOf(serverApi().GET('/api/certificates/exemptions'));
}

function requestBody(request: CertificateRequest): Schemas['IssueCertificateDto'] {
  const [single, ...others] = request.types;
  const types = others.length === 0 ? { type: single } : { types: request.types };
  return { ...types, subjectId: request.subjectId, stampDuty: request.stampDuty };
}

/** `POST /api/certificates/preview`: nothing is issued. */
export function previewCertificate(request: CertificateRequest): Promise<CertificatePreview> {
  return bodyOf(serverApi().POST('/api/certificates/preview', { body: requestBody(request) }));
}

/**
 * `POST /api/certificates`: issues, seals and archives the certificate; with the digital stamp it answers 202
 * and the certificate waits for its pagoPA payment.
 */
export function issueCertificate(
  request: CertificateRequest,
): Promise<IssuedCertificate | CertificateAwaitingPayment> {
  return bodyOf(serverApi().POST('/api/certificates', { body: requestBody(request) }));
}

/** `GET /api/certificates`: the caller's archive, newest first. */
export function getCertificateArchive(cursor?: string): Promise<CertificateArchive> {
  return bodyOf(serverApi().GET('/api/certificates', { params: { query: { limit: 50, cursor } } }));
}

/** `GET /api/public/certificates/{code}` (no login): 404 for unknown codes, 429 when rate-limited. */
export function verifyCertificate(code: string, sealToken?: string): Promise<CertificateVerification> {
  return bodyOf(
    serverApi().GET('/api/public/certificates/{code}', {
      params: { path: { code }, query: sealToken ? { s: sealToken } : undefined },
    }),
  );
}
