import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INSTALMENT_NAMES, type InstalmentName } from '../instalment-param.js';

export class ImuPaymentDto {
  @ApiProperty({ enum: INSTALMENT_NAMES, description: 'The instalment to pay with a pagoPA notice.' })
  @IsIn(INSTALMENT_NAMES)
  instalment: InstalmentName;
}
