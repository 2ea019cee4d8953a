import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IntegerField, MAX_INT4 } from '../../common/http/integer-field.js';
import {
  CORRECTION_FIELDS,
  CORRECTION_STATES,
  type CorrectionField,
  type CorrectionOutcome,
} from './correction-request.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A richiesta di rettifica; sent as multipart/form-data when it carries an attachment, else as JSON. */
export class SubmitCorrectionDto {
  @ApiProperty({ enum: CORRECTION_FIELDS, description: 'The datum that is wrong.' })
  @IsIn(CORRECTION_FIELDS)
  field: CorrectionField;

  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'What the registry shows now: only for a datum the registry does not show (household, other, a fact the ' +
      'source lacks); otherwise the portal records the registry’s own value and ignores this one.',
    example: 'Via Marconi 59',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentValue?: string;

  @ApiProperty({ maxLength: 200, description: 'What it should say.', example: 'Via Marconi 95' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  requestedValue: string;

  @ApiProperty({ minLength: 10, maxLength: 2000, description: 'Why the datum is wrong, with any reference.' })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A member of the caller’s household the request is about (e.g. a minor child); default the caller.',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class AnswerCorrectionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] })
  @IsIn(['accepted', 'rejected'])
  outcome: CorrectionOutcome;

  @ApiProperty({ minLength: 5, maxLength: 2000, description: 'The answer the resident reads.' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  answer: string;

  @ApiProperty({ description: 'The version read with the request (optimistic lock).', example: 1 })
  @IntegerField({ min: 1, max: MAX_INT4 })
  version: number;
}

export class CorrectionQueueQueryDto {
  @ApiPropertyOptional({ enum: [...CORRECTION_STATES, 'all'], default: 'open' })
  @IsOptional()
  @IsIn([...CORRECTION_STATES, 'all'])
  state?: (typeof CORRECTION_STATES)[number] | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000, default: 0 })
  @IsOptional()
  @IntegerField({ min: 0, max: 100_000 })
  offset?: number;
}
