import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IntegerField } from '../../common/http/integer-field.js';

export class AlboArchiveQueryDto {
  @ApiPropertyOptional({ description: 'Words of the address, in any order.', example: 'via roma' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  address?: string;

  @ApiPropertyOptional({ description: 'Year of the permit.', example: 2026 })
  @IsOptional()
  @IntegerField({ min: 1990, max: 2100 })
  year?: number;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @IntegerField({ min: 1, max: 10_000 })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  pageSize?: number;
}
