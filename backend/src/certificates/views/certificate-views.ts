import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CERTIFICATE_TYPE_CODES, type CertificateTypeCode } from '../domain/certificate-types.js';
import { STAMP_DUTY_EXEMPTION_IDS, type StampDutyExemptionId } from '../domain/stamp-duty.js';

export class RequestableSubjectView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ example: 'Mario' })
  givenName: string;

  @ApiProperty({ example: 'Rossi' })
  familyName: string;

  @ApiProperty({ description: 'Relationship to the household head as printed.', example: 'figlio' })
  relationship: string;

  @ApiProperty({ description: 'The caller themself.' })
  self: boolean;
}

export class RequestableSubjectsView {
  @ApiProperty({ type: () => [RequestableSubjectView], description: 'The caller first, then their family.' })
  subjects: RequestableSubjectView[];
}

export class CertificateTypeNameView {
  @ApiProperty({ enum: CERTIFICATE_TYPE_CODES })
  code: CertificateTypeCode;

  @ApiProperty({ example: 'Certificato di residenza' })
  name: string;
}

export class CertificateTypeAvailabilityView extends CertificateTypeNameView {
  @ApiProperty()
  available: boolean;

  @ApiPropertyOptional({ description: 'Italian reason, only when not available.' })
  reason?: string;
}

export class CertificateTypesView {
  @ApiProperty({ type: () => RequestableSubjectView })
  subject: RequestableSubjectView;

  @ApiProperty({
    type: () => [CertificateTypeAvailabilityView],
    description: 'Every type, in catalog order.',
  })
  types: CertificateTypeAvailabilityView[];
}

export class StampDutyExemptionView {
  @ApiProperty({ enum: STAMP_DUTY_EXEMPTION_IDS })
  id: StampDutyExemptionId;

  @ApiProperty({ example: 'pensione (anche esistenza in vita per fini pensionistici)' })
  useLabel: string;

  @ApiProperty({ example: 'D.P.R. 642/1972, Tabella B, art. 9', description: 'Empty for `other`.' })
  legalBasis: string;

  @ApiProperty({ description: 'The requester must describe the use and its legal basis (`other`).' })
  requiresNote: boolean;
}

export class StampDutyOptionsView {
  @ApiProperty({ example: 1600, description: 'Imposta di bollo due without an exemption, in euro cents.' })
  amountCents: number;

  @ApiProperty({ example: 256 })
  noteMaxLength: number;

  @ApiProperty({ example: 14, description: 'Digits of a marca da bollo identifier.' })
  marcaIdDigits: number;

  @ApiProperty({ type: () => [StampDutyExemptionView] })
  exemptions: StampDutyExemptionView[];
}

export class CertificateCreatedView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '7K3M-Q9XD-2HBT-VR4C', description: 'As printed; the verification code.' })
  code: string;

  @ApiProperty({ example: '/api/certificates/0b7f.../pdf' })
  downloadUrl: string;
}

export class CertificateTableView {
  @ApiProperty({ type: [String] })
  columns: string[];

  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  rows: string[][];
}

export class CertificateSectionView {
  @ApiProperty({ enum: CERTIFICATE_TYPE_CODES })
  type: CertificateTypeCode;

  @ApiProperty({ type: [String] })
  paragraphs: string[];

  @ApiPropertyOptional({ type: () => CertificateTableView })
  table?: CertificateTableView;

  @ApiPropertyOptional({ type: [String] })
  notes?: string[];
}

export class CertificateSubjectLinesView {
  @ApiProperty({ example: 'ROSSI MARIO' })
  name: string;

  @ApiProperty({ type: [String] })
  details: string[];
}

/** Every sentence the certificate will print, before it gets its code and seal. */
export class CertificatePreviewView {
  @ApiProperty({ enum: CERTIFICATE_TYPE_CODES, isArray: true })
  types: CertificateTypeCode[];

  @ApiProperty({ example: 'CERTIFICATO DI RESIDENZA' })
  title: string;

  @ApiPropertyOptional()
  subtitle?: string;

  @ApiProperty({ example: "COMUNE DI SPINO D'ADDA" })
  heading: string;

  @ApiProperty()
  preamble: string;

  @ApiProperty({ type: () => CertificateSubjectLinesView })
  subject: CertificateSubjectLinesView;

  @ApiProperty({ type: () => [CertificateSectionView] })
  sections: CertificateSectionView[];

  @ApiProperty()
  dataAsOf: string;

  @ApiProperty({ description: 'The stamp-duty sentence (exemption and legal basis, or marca da bollo).' })
  stampDuty: string;

  @ApiProperty({ description: 'D.P.R. 445/2000 art. 40 wording.' })
  legalNotice: string;

  @ApiProperty({ example: "Spino d'Adda, 10/03/2025" })
  placeAndDate: string;
}

export class ArchivedStampDutyView {
  @ApiProperty({ enum: ['exempt', 'paid'] })
  kind: 'exempt' | 'paid';

  @ApiPropertyOptional({ enum: STAMP_DUTY_EXEMPTION_IDS })
  exemption?: StampDutyExemptionId;

  @ApiPropertyOptional({ example: '01234567890123' })
  marcaId?: string;
}

export class ArchivedCertificateView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '7K3M-Q9XD-2HBT-VR4C' })
  code: string;

  @ApiProperty({ example: 'CERTIFICATO CONTESTUALE (residenza e stato di famiglia)' })
  title: string;

  @ApiProperty({ type: () => [CertificateTypeNameView] })
  types: CertificateTypeNameView[];

  @ApiProperty({ format: 'uuid' })
  subjectPersonId: string;

  @ApiProperty({ example: 'ROSSI MARIO' })
  subjectName: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ description: 'YYYY-MM-DD', example: '2025-03-10' })
  issueDate: string;

  @ApiProperty({ type: () => ArchivedStampDutyView })
  stampDuty: ArchivedStampDutyView;

  @ApiProperty()
  downloadUrl: string;
}

/** A certificate requested with the pagoPA digital stamp, not issued yet. */
export class AwaitingCertificateView {
  @ApiProperty({ format: 'uuid', description: 'The request; the certificate gets this id once issued.' })
  id: string;

  @ApiProperty({
    enum: ['awaiting-payment', 'failed'],
    description: '`failed`: paid, but the certificate could not be issued: the registry office follows up.',
  })
  status: 'awaiting-payment' | 'failed';

  @ApiProperty({ type: [String], example: ['residence'] })
  types: string[];

  @ApiProperty({ example: 'Certificato di residenza' })
  title: string;

  @ApiProperty({ format: 'uuid' })
  subjectPersonId: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ format: 'uuid' })
  paymentId: string;

  @ApiProperty({ enum: ['pending', 'due', 'paid', 'expired', 'cancelled'] })
  paymentStatus: string;
}

export class CertificateArchiveView {
  @ApiProperty({ type: () => [ArchivedCertificateView], description: 'Newest first.' })
  items: ArchivedCertificateView[];

  @ApiProperty({
    type: () => [AwaitingCertificateView],
    description: 'Requests waiting for their pagoPA digital stamp (first page only), newest first.',
  })
  awaitingPayment: AwaitingCertificateView[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null at the end.',
  })
  nextCursor: string | null;
}

export class CertificateVerificationView {
  @ApiProperty({
    description:
      'The code belongs to a certificate this comune issued and, when a seal token was given, the token seals exactly that certificate.',
  })
  authentic: boolean;

  @ApiProperty({
    enum: ['valid', 'invalid', 'not_provided'],
    description: 'Result of the QR seal check (`?s=`).',
  })
  seal: 'valid' | 'invalid' | 'not_provided';

  @ApiProperty({ example: '7K3M-Q9XD-2HBT-VR4C' })
  code: string;

  @ApiProperty({ example: 'CERTIFICATO DI RESIDENZA' })
  title: string;

  @ApiProperty({ type: () => [CertificateTypeNameView] })
  types: CertificateTypeNameView[];

  @ApiProperty({ description: 'YYYY-MM-DD', example: '2025-03-10' })
  issueDate: string;

  @ApiProperty({ example: "Comune di Spino d'Adda" })
  municipality: string;

  @ApiProperty({ example: 'R. M.', description: 'All the page shows of the person: the initials.' })
  subjectInitials: string;
}

export class CertificatePaymentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null while pagoPA has not accepted the position.',
  })
  noticeNumber: string | null;

  @ApiProperty({ example: '16.00' })
  amount: string;

  @ApiProperty({ enum: ['pending', 'due', 'paid', 'expired', 'cancelled'] })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: 'The pagoPA checkout page; null while pending.' })
  checkoutUrl: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The avviso di pagamento PDF; null while pending.',
  })
  noticePdfUrl: string | null;
}

/** A certificate requested with the pagoPA digital stamp: issued by itself once paid. */
export class CertificateAwaitingPaymentView {
  @ApiProperty({ format: 'uuid', description: 'The request; also the id of the certificate once issued.' })
  id: string;

  @ApiProperty({ enum: ['awaiting-payment', 'issued'] })
  status: 'awaiting-payment' | 'issued';

  @ApiProperty({ type: () => CertificatePaymentView })
  payment: CertificatePaymentView;
}
