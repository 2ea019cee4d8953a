import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StaffCorrectionItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'R-2026-000042' }) reference: string;
  @ApiProperty({ description: 'The field to correct.' }) field: string;
  @ApiProperty({ description: 'Days since it was filed.' }) ageDays: number;
  @ApiProperty() overdue: boolean;
}

export class StaffRegistryHomeView {
  @ApiProperty() openCorrections: number;
  @ApiProperty() overdueCorrections: number;
  @ApiProperty({ type: [StaffCorrectionItemView], description: 'The 5 oldest open requests.' })
  oldestCorrections: StaffCorrectionItemView[];
  @ApiProperty({ type: () => [StaffJobView], description: 'Imports running or failed in the last 7 days.' })
  imports: StaffJobView[];
}

export class StaffPracticeItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() protocolNumber: string;
  @ApiProperty() type: string;
  @ApiProperty() state: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: String, nullable: true }) officeDeadline: string | null;
  @ApiProperty() overdue: boolean;
}

export class StaffPermitsHomeView {
  @ApiProperty() overdue: number;
  @ApiProperty({ type: [StaffPracticeItemView], description: 'Overdue first by deadline, up to 5.' })
  overduePractices: StaffPracticeItemView[];
  @ApiProperty() integrationsReceived: number;
  @ApiProperty({
    type: [StaffPracticeItemView],
    description: 'Practices whose integrations arrived, up to 5.',
  })
  integrations: StaffPracticeItemView[];
}

export class StaffJobView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'What the job does, e.g. `2026 acconto` or the imported file.' }) label: string;
  @ApiProperty({ enum: ['running', 'failed', 'completed_with_failures'] }) status: string;
  @ApiProperty() done: number;
  @ApiProperty({ type: Number, nullable: true }) total: number | null;
  @ApiProperty() failed: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() href: string;
}

export class StaffTaxesHomeView {
  @ApiProperty({ type: [StaffJobView], description: 'Bulk F24 jobs running or with failures.' })
  bulkJobs: StaffJobView[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2027,
    description:
      'The year whose legal interest rate the office has not entered and should now: the current one, or ' +
      'from 1 December the next (its decree comes out in December). Ravvedimenti reaching it are refused.',
  })
  missingLegalInterestRateYear: number | null;
}

export class StaffHomeView {
  @ApiProperty({ description: 'The caller’s staff roles: the sections present.' }) roles: string[];
  @ApiPropertyOptional({ type: StaffRegistryHomeView }) registry?: StaffRegistryHomeView;
  @ApiPropertyOptional({ type: StaffPermitsHomeView }) permits?: StaffPermitsHomeView;
  @ApiPropertyOptional({ type: StaffTaxesHomeView }) taxes?: StaffTaxesHomeView;
}
