import { ApiProperty } from '@nestjs/swagger';
import { CodeLabelView } from '../views/registry-views.js';

export class CorrectionAttachmentView {
  @ApiProperty({ example: 'atto di nascita.pdf' })
  name: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] })
  mediaType: string;

  @ApiProperty({ description: 'Bytes' })
  size: number;
}

export class CorrectionSubjectView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ example: 'Lorenzo Ferrari' })
  name: string;

  @ApiProperty()
  fiscalCode: string;
}

/** One step of a request's life, oldest first. */
export class TimelineStepView {
  @ApiProperty({ example: 'submitted', description: 'submitted, accepted, rejected' })
  state: string;

  @ApiProperty({ example: 'Presa in carico (protocollata)' })
  label: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

/** A rettifica request as the resident sees it. */
export class CorrectionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'R-2026-000042' })
  reference: string;

  @ApiProperty({ type: CorrectionSubjectView, description: 'Whose data the request is about.' })
  subject: CorrectionSubjectView;

  @ApiProperty({ type: CodeLabelView })
  field: CodeLabelView;

  @ApiProperty()
  currentValue: string;

  @ApiProperty()
  requestedValue: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: CorrectionAttachmentView, nullable: true })
  attachment: CorrectionAttachmentView | null;

  @ApiProperty({ type: CodeLabelView, description: 'open, accepted, rejected' })
  state: CodeLabelView;

  @ApiProperty({ nullable: true, type: String, description: "The office's answer." })
  answer: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date', description: 'The office answers by this day (30 days, L. 241/1990).' })
  dueOn: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '0000042/2026',
    description: 'Incoming protocol number; null on requests filed before the register was kept.',
  })
  protocolNumber: string | null;

  @ApiProperty({
    format: 'date-time',
    description:
      'When the comune took the request in charge (protocol registration; filing time on older ones).',
  })
  takenInChargeAt: string;

  @ApiProperty({
    format: 'date',
    description:
      'Latest date of completion: taken in charge + REGISTRY_CORRECTION_TERM_DAYS (L. 241/1990 art. 2).',
  })
  dueBy: string;

  @ApiProperty({
    type: [TimelineStepView],
    description: 'The states the request went through, oldest first.',
  })
  timeline: TimelineStepView[];
}

/** A rettifica request in the office's queue. */
export class StaffCorrectionView extends CorrectionView {
  @ApiProperty({ description: 'Codice fiscale of the resident who filed it.' })
  requesterFiscalCode: string;

  @ApiProperty({ description: 'Days since the request was filed.' })
  ageDays: number;

  @ApiProperty({ description: 'Open past its due day.' })
  overdue: boolean;

  @ApiProperty({ description: 'Send it back with the answer (optimistic lock).' })
  version: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Codice fiscale of the clerk who answered.',
  })
  answeredBy: string | null;
}

export class CorrectionQueueSummaryView {
  @ApiProperty({ description: 'Requests waiting for an answer.' })
  open: number;

  @ApiProperty({ description: 'Open requests past their due day.' })
  overdue: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Age in days of the oldest open request.' })
  oldestOpenAgeDays: number | null;
}

export class CorrectionQueueView {
  @ApiProperty({ type: [StaffCorrectionView], description: 'Oldest first.' })
  items: StaffCorrectionView[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  limit: number;

  @ApiProperty()
  offset: number;

  @ApiProperty({ type: CorrectionQueueSummaryView })
  summary: CorrectionQueueSummaryView;
}
