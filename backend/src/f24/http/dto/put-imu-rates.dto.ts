import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { ImuRatePercents } from '../../domain/imu-rate-categories.js';
import { EURO_PATTERN } from '../euro-json.js';
import { imuRateFieldsClass } from '../imu-rate-category-fields.js';

const euro = {
  context: { italian: 'deve essere un importo in euro con il punto e al massimo due decimali, es. "200.00"' },
};

/** Percent strings with a dot, one per catalogue category; the domain checks each legal range (cc. 748-755). */
export const ImuRatePercentsDto = imuRateFieldsClass('ImuRatePercentsDto', () => [IsString(), MaxLength(12)]);
export type ImuRatePercentsDto = ImuRatePercents;

export class PutImuRatesDto {
  @ApiProperty({ type: ImuRatePercentsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ImuRatePercentsDto)
  rates: ImuRatePercentsDto;

  @ApiProperty({
    example: '200.00',
    description: 'Deduction for an A/1, A/8, A/9 main residence, euro per year.',
  })
  @IsString()
  @Matches(EURO_PATTERN, euro)
  mainResidenceDeduction: string;

  @ApiProperty({ example: '12.00', description: 'Annual amount under which nothing is due, euro.' })
  @IsString()
  @Matches(EURO_PATTERN, euro)
  minimumAmount: string;

  @ApiPropertyOptional({
    example: 'delibera C.C. n. 42 del 23/12/2024',
    description: "The council resolution adopting the rates (or 'demo'); default: a generic reference.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string;

  @ApiPropertyOptional({
    description: 'The comune kept the former TASI surcharge (c. 755): allows up to 1.14%.',
  })
  @IsOptional()
  @IsBoolean()
  formerTasiSurcharge?: boolean;
}
