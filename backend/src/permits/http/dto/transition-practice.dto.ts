import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IntegerField, MAX_INT4 } from '../../../common/http/integer-field.js';
import { PRACTICE_STATES } from '../../domain/practice-state.js';

export class DecisionDto {
  @ApiProperty({ description: 'Register number of the act (provvedimento).', example: '45/2026' })
  @IsString()
  @MaxLength(64)
  number: string;

  @ApiProperty({ description: 'Date of the act, YYYY-MM-DD.', example: '2026-03-09' })
  @IsString()
  @MaxLength(10)
  date: string;

  @ApiPropertyOptional({
    enum: ['granted', 'rejected'],
    description: 'Defaults to the outcome of the target state (granted for `granted`, else rejected).',
  })
  @IsOptional()
  @IsIn(['granted', 'rejected'])
  outcome?: 'granted' | 'rejected';
}

/**
 * A move of the practice. Which optional fields a move needs is in the practice's `allowedTransitions`
 * (`requires`); the state machine checks them and answers 422 naming the missing field.
 */
export class TransitionPracticeDto {
  @ApiProperty({ enum: PRACTICE_STATES, description: 'Target state.' })
  @IsString()
  @MaxLength(32)
  to: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Note shown to the applicant and sent in the notification.',
    maxLength: 4000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  publicNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Staff only: never shown to the applicant, never sent.',
    maxLength: 4000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  internalNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The applicant’s deadline (YYYY-MM-DD) for integrations and design changes.',
    example: '2026-04-30',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  dueDate?: string | null;

  @ApiPropertyOptional({ type: () => DecisionDto, description: 'For `granted` and `rejected`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionDto)
  decision?: DecisionDto | null;

  @ApiPropertyOptional({ type: [String], description: 'Documents asked for by an integration request.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  requestedDocuments?: string[];

  @ApiPropertyOptional({
    description:
      'For `assigned`: the codice fiscale of the case officer, a member of the permits office. ' +
      'Defaults to the officer already on the practice.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  caseOfficerFiscalCode?: string;

  @ApiProperty({
    description: 'The `version` of the practice the caller saw: a stale one gets 409.',
    example: 3,
  })
  @IntegerField({ min: 1, max: MAX_INT4 })
  expectedVersion: number;
}
