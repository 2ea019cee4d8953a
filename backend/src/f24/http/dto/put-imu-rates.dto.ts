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
import { EURO_PATTERN } from '../euro-json.js';

const euro = {
  context: { italian: 'deve essere un importo in euro con il punto e al massimo due decimali, es. "200.00"' },
};

/** Percent strings with a dot; the legal range of each is checked by the domain (L. 160/2019 cc. 748-755). */
export class ImuRatePercentsDto {
  @ApiProperty({ example: '0.5', description: 'Main residence A/1, A/8, A/9 and appurtenances: 0 – 0.6.' })
  @IsString()
  @MaxLength(12)
  mainResidence: string;

  @ApiProperty({ example: '0.1', description: 'Rural instrumental buildings: 0 – 0.1.' })
  @IsString()
  @MaxLength(12)
  ruralInstrumental: string;

  @ApiProperty({ example: '0.76', description: 'Agricultural land: 0 – 1.06.' })
  @IsString()
  @MaxLength(12)
  land: string;

  @ApiProperty({
    example: '0.86',
    description: 'Building land: 0 – 1.06 (1.14 with the former TASI surcharge).',
  })
  @IsString()
  @MaxLength(12)
  buildingLand: string;

  @ApiProperty({ example: '0.86', description: 'Group D: 0.76 – 1.06; 0.76 goes to the State.' })
  @IsString()
  @MaxLength(12)
  groupD: string;

  @ApiProperty({
    example: '1.06',
    description: 'Other buildings: 0 – 1.06 (1.14 with the former TASI surcharge).',
  })
  @IsString()
  @MaxLength(12)
  otherBuildings: string;
}

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
