import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { INSTALMENT_NAMES, type InstalmentName } from '../instalment-param.js';

export class StartBulkJobDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: INSTALMENT_NAMES })
  @IsIn(INSTALMENT_NAMES)
  instalment: InstalmentName;
}
