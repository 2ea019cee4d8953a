import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LegalClockKind, LegalMilestoneKind } from '../domain/legal-clock.js';
import type { PracticeActorRole, ProtectionConstraints } from '../domain/practice.js';
import {
  APPLICANT_REQUEST_KINDS,
  PRACTICE_STATES,
  type PracticeState,
  RESIDENT_BUCKETS,
  type ResidentBucket,
} from '../domain/practice-state.js';
import type { TransitionField } from '../domain/practice-state-machine.js';
import { PRACTICE_TYPES, type PracticeType } from '../domain/practice-type.js';
import { QUEUE_COUNT_CAP } from '../domain/queue-count-cap.js';
import { PracticeChargeView } from '../fees/practice-fees.views.js';
import type { IntegrationRequestKind } from '../persistence/integration-request.entity.js';
import type { DocumentMediaType } from '../persistence/practice-document.entity.js';
import { PARTY_ROLES, type PartyRole } from '../persistence/practice-party.entity.js';

const LABEL_LANGUAGE = "In the page's language (the frontend's `lang` cookie), Italian by default.";

const ACTOR_ROLES: PracticeActorRole[] = ['applicant', 'technician', 'permits', 'system'];
const TRANSITION_FIELDS: TransitionField[] = [
  'caseOfficer',
  'dueDate',
  'requestedDocuments',
  'publicNote',
  'decision',
];

export class CadastralDataView {
  @ApiProperty({ description: 'Foglio.', example: '5' })
  sheet: string;

  @ApiProperty({ description: 'Particella (mappale).', example: '120' })
  parcel: string;

  @ApiProperty({ description: 'Subalterno.', nullable: true, type: String, example: '3' })
  subaltern: string | null;
}

export class DecisionView {
  @ApiProperty({ example: '45/2026' })
  number: string;

  @ApiProperty({ description: 'YYYY-MM-DD', example: '2026-03-09' })
  date: string;

  @ApiProperty({ enum: ['granted', 'rejected'] })
  outcome: 'granted' | 'rejected';
}

export class LegalMilestoneView {
  @ApiProperty({
    enum: [
      'case_officer',
      'integration_request_limit',
      'review_proposal',
      'decision',
      'control_window',
      'applicant_due',
    ],
  })
  kind: LegalMilestoneKind;

  @ApiProperty({
    description: 'Last day of the term; null while the clock is paused.',
    nullable: true,
    type: String,
  })
  date: string | null;

  @ApiProperty()
  overdue: boolean;
}

export class LegalClockView {
  @ApiProperty({
    enum: ['pdc_decision', 'scia_control', 'scia_alternativa_control', 'no_legal_term', 'concluded'],
  })
  kind: LegalClockKind;

  @ApiProperty({
    description: 'Last day of the main legal term; null while paused or when there is none.',
    nullable: true,
    type: String,
  })
  deadline: string | null;

  @ApiProperty({ nullable: true, type: Number })
  daysRemaining: number | null;

  @ApiProperty({ description: 'The term passed and the office still owes its act.' })
  overdue: boolean;

  @ApiPropertyOptional({ description: 'PdC: first day of tacit consent (silenzio-assenso).' })
  silentConsentDate?: string;

  @ApiProperty()
  paused: boolean;

  @ApiPropertyOptional()
  resumesOn?: string;

  @ApiProperty({ type: () => [LegalMilestoneView] })
  milestones: readonly LegalMilestoneView[];

  @ApiProperty({ description: 'Italian explanation of the terms, for residents and staff.' })
  explanation: string;
}

export class AllowedTransitionView {
  @ApiProperty({ enum: PRACTICE_STATES })
  to: PracticeState;

  @ApiProperty({ description: `Label of the target state. ${LABEL_LANGUAGE}` })
  label: string;

  @ApiProperty({ enum: TRANSITION_FIELDS, isArray: true, description: 'Fields this transition needs.' })
  requires: readonly TransitionField[];
}

export class ActorView {
  @ApiProperty({ enum: ACTOR_ROLES })
  role: PracticeActorRole;

  @ApiProperty()
  name: string;
}

export class StaffActorView extends ActorView {
  @ApiProperty({ description: 'Codice fiscale of the person (or `system`).' })
  id: string;
}

export class TimelineEntryView {
  @ApiProperty({ description: 'Position in the timeline; 0 is the submission.' })
  seq: number;

  @ApiProperty({ enum: PRACTICE_STATES, nullable: true })
  from: PracticeState | null;

  @ApiProperty({ nullable: true, type: String, description: LABEL_LANGUAGE })
  fromLabel: string | null;

  @ApiProperty({ enum: PRACTICE_STATES })
  to: PracticeState;

  @ApiProperty({ description: LABEL_LANGUAGE })
  toLabel: string;

  @ApiProperty({ description: 'ISO 8601 instant.' })
  at: string;

  @ApiProperty({ type: () => ActorView })
  actor: ActorView;

  @ApiProperty({ nullable: true, type: String })
  publicNote: string | null;

  @ApiProperty({ description: 'The applicant’s deadline set by this step.', nullable: true, type: String })
  dueDate: string | null;

  @ApiProperty({ type: () => DecisionView, nullable: true })
  decision: DecisionView | null;

  @ApiProperty({ type: [String] })
  requestedDocuments: readonly string[];
}

export class StaffTimelineEntryView extends TimelineEntryView {
  @ApiProperty({ type: () => StaffActorView })
  declare actor: StaffActorView;

  @ApiProperty({ description: 'Staff only.', nullable: true, type: String })
  internalNote: string | null;
}

export class IntegrationRequestView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: APPLICANT_REQUEST_KINDS })
  kind: IntegrationRequestKind;

  @ApiProperty()
  requestedAt: string;

  @ApiProperty({ nullable: true, type: String })
  dueDate: string | null;

  @ApiProperty({ type: [String] })
  requestedDocuments: readonly string[];

  @ApiProperty({ nullable: true, type: String })
  answeredAt: string | null;

  @ApiProperty({ description: 'Documents may still be uploaded in answer to it.' })
  open: boolean;
}

/** A document's verified digital signature, as the certificate says. */
export class DocumentSignatureView {
  @ApiProperty({ description: 'Who signed, as the certificate names them.' })
  signerName: string;

  @ApiProperty({ type: String, nullable: true, description: 'From the certificate (serialNumber TINIT-…).' })
  signerFiscalCode: string | null;

  @ApiProperty({ description: 'The signing time the signature claims (B-B: the signer’s word).' })
  signedAt: string;

  @ApiProperty({ enum: ['pades', 'cades'] })
  format: 'pades' | 'cades';
}

export class DocumentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fileName: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] })
  mediaType: DocumentMediaType;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ description: 'Hex SHA-256 of the content.' })
  sha256: string;

  @ApiProperty()
  uploadedAt: string;

  @ApiProperty({ type: () => ActorView })
  uploadedBy: ActorView;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  integrationRequestId: string | null;

  @ApiProperty({
    type: () => DocumentSignatureView,
    nullable: true,
    description:
      'The verified signature of a signed document (filing attachments, integrations); null if unsigned.',
  })
  signature: DocumentSignatureView | null;
}

export class PartyView {
  @ApiProperty({ enum: PARTY_ROLES })
  role: PartyRole;

  @ApiProperty()
  name: string;
}

export class StaffPartyView extends PartyView {
  @ApiProperty()
  fiscalCode: string;

  @ApiProperty({ nullable: true, type: String })
  email: string | null;

  @ApiProperty({
    description:
      'The name is the registry’s (read by codice fiscale when the office registered the practice).',
  })
  nameFromRegistry: boolean;
}

export class OfficeView {
  @ApiProperty({ example: 'Sportello Unico per l’Edilizia' })
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  pec: string;

  @ApiProperty()
  phone: string;

  @ApiProperty()
  address: string;
}

export class CaseOfficerView {
  @ApiProperty()
  name: string;
}

export class StaffCaseOfficerView extends CaseOfficerView {
  @ApiProperty()
  fiscalCode: string;
}

export class ResidentActionsView {
  @ApiProperty({ type: () => [AllowedTransitionView], description: 'Transitions the caller may make now.' })
  transitions: AllowedTransitionView[];

  @ApiProperty({ description: 'Documents may be uploaded in answer to an open request.' })
  uploadDocuments: boolean;
}

class PracticeBaseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Send it back as `expectedVersion` with a change.' })
  version: number;

  @ApiProperty({ example: '1234/2026' })
  protocolNumber: string;

  @ApiProperty({ example: '2026-02-02' })
  protocolDate: string;

  @ApiProperty({ enum: PRACTICE_TYPES })
  type: PracticeType;

  @ApiProperty({ example: 'Permesso di costruire', description: LABEL_LANGUAGE })
  typeLabel: string;

  @ApiProperty({ example: 'art. 20 D.P.R. 380/2001' })
  legalBasis: string;

  @ApiProperty({ enum: PRACTICE_STATES })
  state: PracticeState;

  @ApiProperty({ description: LABEL_LANGUAGE })
  stateLabel: string;

  @ApiProperty({ enum: RESIDENT_BUCKETS, description: 'The area personale filter the state belongs to.' })
  bucket: ResidentBucket;

  @ApiProperty()
  terminal: boolean;

  @ApiProperty()
  address: string;

  @ApiProperty({ type: () => CadastralDataView })
  cadastral: CadastralDataView;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: () => OfficeView })
  office: OfficeView;

  @ApiProperty({ type: () => LegalClockView })
  legalClock: LegalClockView;

  @ApiProperty({ type: () => [IntegrationRequestView] })
  requests: IntegrationRequestView[];

  @ApiProperty({ type: () => [DocumentView] })
  documents: DocumentView[];

  @ApiProperty({ type: () => DecisionView, nullable: true })
  decision: DecisionView | null;

  @ApiProperty()
  updatedAt: string;
}

/** A practice as one of its parties sees it: everything but the internal notes and others' personal data. */
export class ResidentPracticeView extends PracticeBaseView {
  @ApiProperty({ enum: PARTY_ROLES, isArray: true, description: 'The caller’s roles on the practice.' })
  yourRoles: PartyRole[];

  @ApiProperty({ type: () => [PartyView] })
  parties: PartyView[];

  @ApiProperty({ type: () => CaseOfficerView, nullable: true })
  caseOfficer: CaseOfficerView | null;

  @ApiProperty({ type: () => [TimelineEntryView] })
  timeline: TimelineEntryView[];

  @ApiProperty({ type: () => ResidentActionsView })
  actions: ResidentActionsView;

  @ApiPropertyOptional({
    type: () => [PracticeChargeView],
    description:
      'Diritti and other charges set by the office; `due`/`pending` are "da pagare". Always present in GET /api/permits/{id}.',
  })
  charges?: PracticeChargeView[];
}

/** A practice as the permits office sees it, internal notes included. */
export class StaffPracticeView extends PracticeBaseView {
  @ApiPropertyOptional({
    type: () => [PracticeChargeView],
    description: 'Always present in GET /api/staff/permits/{id}.',
  })
  charges?: PracticeChargeView[];

  @ApiProperty({ type: () => [StaffPartyView] })
  parties: StaffPartyView[];

  @ApiProperty({ type: () => StaffCaseOfficerView, nullable: true })
  caseOfficer: StaffCaseOfficerView | null;

  @ApiProperty({ enum: ['none', 'cleared', 'pending'], description: 'Protection constraints (vincoli).' })
  constraints: ProtectionConstraints;

  @ApiProperty({ description: 'Art. 20, comma 7: doubled terms.' })
  doubledTerms: boolean;

  @ApiProperty({
    description: 'Last day the office may act by in the current state.',
    nullable: true,
    type: String,
  })
  officeDeadline: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ type: () => [StaffTimelineEntryView] })
  timeline: StaffTimelineEntryView[];

  @ApiProperty({ type: () => [AllowedTransitionView], description: 'Transitions the office may make now.' })
  allowedTransitions: AllowedTransitionView[];
}

export class ResidentPracticeSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  protocolNumber: string;

  @ApiProperty()
  protocolDate: string;

  @ApiProperty({ enum: PRACTICE_TYPES })
  type: PracticeType;

  @ApiProperty({ description: LABEL_LANGUAGE })
  typeLabel: string;

  @ApiProperty({ enum: PRACTICE_STATES })
  state: PracticeState;

  @ApiProperty({ description: LABEL_LANGUAGE })
  stateLabel: string;

  @ApiProperty({ enum: RESIDENT_BUCKETS })
  bucket: ResidentBucket;

  @ApiProperty()
  address: string;

  @ApiProperty({ enum: PARTY_ROLES, isArray: true })
  yourRoles: PartyRole[];

  @ApiProperty({ description: 'Deadline of an open request to the applicant.', nullable: true, type: String })
  dueDate: string | null;

  @ApiProperty({
    description:
      'Latest date of completion: the legal clock’s main term (decision or control window); null while the clock is paused, the title is in force or the practice is concluded.',
    nullable: true,
    type: String,
  })
  completionBy: string | null;

  @ApiProperty()
  updatedAt: string;
}

export class BucketCountsView {
  @ApiProperty()
  inviate: number;

  @ApiProperty()
  in_elaborazione: number;

  @ApiProperty()
  da_integrare: number;

  @ApiProperty()
  accettate: number;

  @ApiProperty()
  rifiutate: number;
}

export class ResidentPracticeListView {
  @ApiProperty({ type: () => [ResidentPracticeSummaryView] })
  items: ResidentPracticeSummaryView[];

  @ApiProperty({
    type: () => BucketCountsView,
    description: 'Practices per filter, whatever the filter asked.',
  })
  counts: BucketCountsView;
}

export class QueueItemView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  protocolNumber: string;

  @ApiProperty()
  protocolDate: string;

  @ApiProperty({ enum: PRACTICE_TYPES })
  type: PracticeType;

  @ApiProperty({ description: LABEL_LANGUAGE })
  typeLabel: string;

  @ApiProperty({ enum: PRACTICE_STATES })
  state: PracticeState;

  @ApiProperty({ description: LABEL_LANGUAGE })
  stateLabel: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ description: 'Applicant and co-applicants.' })
  applicants: string;

  @ApiProperty({ type: () => StaffCaseOfficerView, nullable: true })
  caseOfficer: StaffCaseOfficerView | null;

  @ApiProperty({ nullable: true, type: String })
  officeDeadline: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty()
  version: number;

  @ApiProperty()
  updatedAt: string;
}

export class QueuePageView {
  @ApiProperty({ type: () => [QueueItemView] })
  items: QueueItemView[];

  @ApiProperty({
    description: `Practices the filters match, exact up to ${QUEUE_COUNT_CAP}; beyond, ${QUEUE_COUNT_CAP} (see totalCapped).`,
  })
  total: number;

  @ApiProperty({ description: `True when more than ${QUEUE_COUNT_CAP} practices match: narrow the filters.` })
  totalCapped: boolean;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}
