import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IntegerField } from '../../../common/http/integer-field.js';
import { PRACTICE_STATES, type PracticeState } from '../../domain/practice-state.js';
import { PRACTICE_TYPES, type PracticeType } from '../../domain/practice-type.js';

/** `?state=a&state=b` and `?state=a,b` both give `['a', 'b']`. */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).filter(Boolean);

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class QueueQueryDto {
  @ApiPropertyOptional({ enum: PRACTICE_STATES, isArray: true, description: 'Repeat or comma-separate.' })
  @IsOptional()
  @Transform(toList)
  @IsIn(PRACTICE_STATES, { each: true })
  state?: PracticeState[];

  @ApiPropertyOptional({ enum: PRACTICE_TYPES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsIn(PRACTICE_TYPES, { each: true })
  type?: PracticeType[];

  @ApiPropertyOptional({
    description: 'A case officer’s codice fiscale, `me`, or `none` for unassigned practices.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  officer?: string;

  @ApiPropertyOptional({ description: '`true`: only overdue practices; `false`: only the others.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Text in the protocol number, address or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 100_000 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100_000 })
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  pageSize?: number;
}
