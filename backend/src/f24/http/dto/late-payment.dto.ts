import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { INSTALMENT_NAMES, type InstalmentName } from '../instalment-param.js';

export class LatePaymentDto {
  @ApiProperty({ enum: INSTALMENT_NAMES })
  @IsIn(INSTALMENT_NAMES)
  instalment: InstalmentName;

  @ApiProperty({ example: '2026-01-20', description: 'The day the late payment will be (or was) made.' })
  @IsString()
  @MaxLength(10)
  paymentDate: string;
}
