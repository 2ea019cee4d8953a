import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IntegerField } from '../../common/http/integer-field.js';

export class AccessLogQueryDto {
  @ApiPropertyOptional({ description: 'Cursor: the `nextBefore` of the previous page.', example: '1234' })
  @IsOptional()
  @Matches(/^[0-9]{1,18}$/)
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  limit?: number;
}

export class AccessorView {
  @ApiProperty({ enum: ['self', 'household_member', 'staff', 'system'] })
  kind: string;

  @ApiProperty({ description: '"Tu", a family member, a clerk\'s masked name ("Giulia B.") or "Sistema".' })
  name: string;

  @ApiProperty({ example: 'registry' })
  role: string;

  @ApiProperty({ nullable: true, type: String, example: 'Ufficio Anagrafe' })
  office: string | null;
}

export class AccessLogEntryView {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: AccessorView })
  who: AccessorView;

  @ApiProperty({ example: 'Visura anagrafica (dati personali, residenza, documento)' })
  what: string;

  @ApiProperty({ nullable: true, type: String, example: 'Consultazione dei propri dati anagrafici' })
  why: string | null;
}

export class AccessLogPageView {
  @ApiProperty({ type: [AccessLogEntryView], description: 'Newest first.' })
  items: AccessLogEntryView[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `before` for the next page; null on the last.',
  })
  nextBefore: string | null;
}
