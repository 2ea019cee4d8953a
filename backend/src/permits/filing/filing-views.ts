import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTACHMENT_KIND_INFO,
  ATTACHMENT_KINDS,
  type AttachmentKind,
  FILING_REQUIREMENTS,
  FILING_SECTIONS,
  type FilingSection,
  type FilingSections,
  type MissingItem,
  missingForFiling,
} from '../domain/filing-requirements.js';
import { PRACTICE_TYPE_INFO, PRACTICE_TYPES, type PracticeType } from '../domain/practice-type.js';
import { DocumentView } from '../views/practice-views.js';
import type { AttachmentRow, DraftRow } from './draft-repository.js';
import type { FilingFeeState } from './filing-fee-policy.js';

export class LabelView {
  @ApiProperty() it: string;
  @ApiProperty() en: string;
}

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind: AttachmentKind;
  @ApiProperty() fileName: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ enum: ['pades', 'cades'] }) signatureFormat: 'pades' | 'cades';
  @ApiProperty({ description: 'Who signed, as the certificate names them.' }) signerName: string;
  @ApiProperty({ type: String, nullable: true }) signerFiscalCode: string | null;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

/** A document answering an integration request, with who signed it (from the verified certificate). */
export class SignedDocumentView extends DocumentView {
  @ApiProperty({ enum: ['pades', 'cades'] }) signatureFormat: 'pades' | 'cades';
  @ApiProperty({ description: 'Who signed, as the certificate names them.' }) signerName: string;
  @ApiProperty({ type: String, nullable: true }) signerFiscalCode: string | null;
}

export class AttachmentRequirementView {
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind: AttachmentKind;
  @ApiProperty({ type: LabelView }) label: LabelView;
  @ApiProperty() required: boolean;
  @ApiProperty() maxCount: number;
  @ApiProperty() maxBytes: number;
}

export class MissingItemView {
  @ApiProperty() field: string;
  @ApiProperty({
    enum: [
      'section_missing',
      'detail_missing',
      'declaration_not_made',
      'attachment_missing',
      'proxy_missing',
    ],
  })
  reason: MissingItem['reason'];
}

export class FeeView {
  @ApiProperty({ enum: ['not_configured', 'due', 'paid'] }) status: FilingFeeState['status'];
  @ApiProperty({ type: Number, nullable: true }) amountCents: number | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) paymentReference: string | null;
}

export class FiledView {
  @ApiProperty({ format: 'uuid' }) practiceId: string;
  @ApiProperty() protocolNumber: string;
  @ApiProperty() receiptUrl: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class DraftView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PRACTICE_TYPES }) type: PracticeType;
  @ApiProperty({ type: LabelView }) typeLabel: LabelView;
  @ApiProperty({
    description: 'The sections saved so far (see UpdateDraftDto).',
    type: 'object',
    additionalProperties: true,
  })
  sections: FilingSections;
  @ApiProperty({ enum: FILING_SECTIONS, isArray: true }) requiredSections: FilingSection[];
  @ApiProperty({ type: [AttachmentRequirementView] }) attachmentKinds: AttachmentRequirementView[];
  @ApiProperty({ type: [AttachmentView] }) attachments: AttachmentView[];
  @ApiProperty({ type: [MissingItemView], description: 'What keeps the draft from being sent.' })
  missing: MissingItemView[];
  @ApiProperty({ type: FeeView }) fees: FeeView;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: FiledView, nullable: true }) filed: FiledView | null;
}

export class DraftSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PRACTICE_TYPES }) type: PracticeType;
  @ApiProperty({ type: LabelView }) typeLabel: LabelView;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, nullable: true }) protocolNumber: string | null;
}

export class DraftCreatedView {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class SubmissionView {
  @ApiProperty({ format: 'uuid' }) practiceId: string;
  @ApiProperty({ example: '0000042/2026' }) protocolNumber: string;
  @ApiProperty({ description: 'Where the parties download the sealed receipt.' }) receiptUrl: string;
}

export class TechnicianProfileView {
  @ApiProperty() professionalOrder: string;
  @ApiProperty() registrationNumber: string;
  @ApiProperty() province: string;
  @ApiProperty() pec: string;
}

export function receiptUrl(practiceId: string): string {
  return `/api/permits/${practiceId}/receipt`;
}

/** True when the author files as titolare (their own practice); otherwise they need the proxy. */
export function authorIsTitolare(draft: DraftRow): boolean {
  return draft.sections.titolare?.fiscalCode?.toUpperCase() === draft.authorFiscalCode;
}

export function attachmentView(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    sizeBytes: Number(row.sizeBytes),
    signatureFormat: row.signatureFormat,
    signerName: row.signerName,
    signerFiscalCode: row.signerFiscalCode,
    signedAt: new Date(row.signedAt).toISOString(),
    uploadedAt: new Date(row.uploadedAt).toISOString(),
  };
}

export function draftView(draft: DraftRow, attachments: AttachmentRow[], fees: FilingFeeState): DraftView {
  const requirements = FILING_REQUIREMENTS[draft.type];
  const needsProxy = !authorIsTitolare(draft);
  return {
    id: draft.id,
    type: draft.type,
    typeLabel: PRACTICE_TYPE_INFO[draft.type].label,
    sections: draft.sections,
    requiredSections: [...requirements.sections],
    attachmentKinds: ATTACHMENT_KINDS.filter((kind) => kind !== 'integrazione').map((kind) => ({
      kind,
      label: ATTACHMENT_KIND_INFO[kind].label,
      required: requirements.attachments.includes(kind) || (kind === 'delega' && needsProxy),
      maxCount: ATTACHMENT_KIND_INFO[kind].maxCount,
      maxBytes: ATTACHMENT_KIND_INFO[kind].maxBytes,
    })),
    attachments: attachments.map(attachmentView),
    missing: missingForFiling(
      draft.type,
      draft.sections,
      attachments.map((row) => row.kind),
      !needsProxy,
    ),
    fees,
    version: draft.version,
    updatedAt: new Date(draft.updatedAt).toISOString(),
    filed:
      draft.practiceId && draft.protocolNumber && draft.submittedAt
        ? {
            practiceId: draft.practiceId,
            protocolNumber: draft.protocolNumber,
            receiptUrl: receiptUrl(draft.practiceId),
            submittedAt: new Date(draft.submittedAt).toISOString(),
          }
        : null,
  };
}
