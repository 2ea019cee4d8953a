import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageView } from '../messages/message-views.js';
import { BucketCountsView } from '../permits/views/practice-views.js';
import type { Deadline } from './domain/deadlines.js';

export class SummaryPracticeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() protocolNumber: string;
  @ApiProperty() type: string;
  @ApiProperty() state: string;
  @ApiProperty({ enum: ['inviate', 'in_elaborazione', 'da_integrare', 'accettate', 'rifiutate'] })
  bucket: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: String, nullable: true, description: 'Due day of the open request, if any.' })
  dueDate: string | null;
  @ApiProperty({ description: 'The resident has something to do on it.' }) actionNeeded: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SummaryPracticesView {
  @ApiProperty() total: number;
  @ApiProperty({ type: BucketCountsView, description: 'Practices per resident bucket.' })
  counts: BucketCountsView;
  @ApiProperty({ type: [SummaryPracticeView], description: 'Up to 3: those needing action first.' })
  next: SummaryPracticeView[];
}

export class SummaryInstalmentView {
  @ApiProperty({ enum: ['acconto', 'saldo'] }) instalment: string;
  @ApiProperty() dueDate: string;
  @ApiProperty({ example: '267.00' }) total: string;
  @ApiProperty({ type: String, nullable: true, description: 'The F24 PDF, when something is due.' })
  pdf: string | null;
  @ApiProperty() past: boolean;
}

export class SummaryPaymentsView {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'False when the IMU of the year cannot be computed (no rates yet).' })
  available: boolean;
  @ApiProperty({ description: 'Properties the resident holds in the year.' }) properties: number;
  @ApiProperty({ type: [SummaryInstalmentView] }) instalments: SummaryInstalmentView[];
  @ApiProperty({ description: 'Precompiled F24s the comune prepared.' }) f24Documents: number;
}

export class SummaryDocumentView {
  @ApiProperty({ enum: ['certificate', 'f24', 'upload'] }) kind: string;
  @ApiProperty({ description: 'Certificate types, F24 year and instalment, or file name.' }) title: string;
  @ApiProperty({ format: 'date-time' }) date: string;
  @ApiProperty({ description: 'Where to download or see it.' }) href: string;
}

export class SummaryDocumentsView {
  @ApiProperty() certificates: number;
  @ApiProperty() f24: number;
  @ApiProperty() uploads: number;
  @ApiProperty({ type: [SummaryDocumentView], description: 'The 5 newest, any kind.' })
  latest: SummaryDocumentView[];
}

export class SummaryMessagesView {
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
  @ApiProperty({ type: [MessageView], description: 'The 3 newest.' }) latest: MessageView[];
}

export class SummaryDeadlineView implements Deadline {
  @ApiProperty({ enum: ['imu', 'integration', 'identity_document'] }) kind: Deadline['kind'];
  @ApiProperty() date: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() href: string;
  @ApiProperty() reference: string;
  @ApiPropertyOptional() amount?: string;
}

export class PersonalAreaSummaryView {
  @ApiProperty({ description: 'The day the summary was computed for (Europe/Rome).' }) today: string;
  @ApiProperty({ type: SummaryPracticesView }) practices: SummaryPracticesView;
  @ApiProperty({ type: SummaryPaymentsView }) payments: SummaryPaymentsView;
  @ApiProperty({ type: SummaryDocumentsView }) documents: SummaryDocumentsView;
  @ApiProperty({ type: SummaryMessagesView }) messages: SummaryMessagesView;
  @ApiProperty({ type: [SummaryDeadlineView], description: 'Soonest first.' })
  deadlines: SummaryDeadlineView[];
}
