import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AbsentIfNull } from '../../../common/http/absent-if-null.js';
import { EURO_PATTERN } from '../euro-json.js';

const euro = {
  context: { italian: 'deve essere un importo in euro con il punto e al massimo due decimali, es. "750.00"' },
};

export class PropertyOwnerDto {
  @ApiProperty({ example: 'RSSMRA85T10A562S' })
  @IsString()
  @MaxLength(20)
  fiscalCode: string;

  @ApiProperty({ example: '50', description: 'Share of possession in percent (up to 6 decimals).' })
  @IsString()
  @MaxLength(12)
  sharePercent: string;

  @ApiProperty({
    example: '2019-03-15',
    description: 'First day of possession (the day of the deed counts).',
  })
  @IsString()
  @MaxLength(10)
  from: string;

  @ApiPropertyOptional({
    example: '2025-06-30',
    description: 'Last day of possession; none while still held.',
  })
  @AbsentIfNull()
  @IsString()
  @MaxLength(10)
  to?: string;

  @ApiPropertyOptional({ description: 'Abitazione principale (or its appurtenance) of this owner.' })
  @AbsentIfNull()
  @IsBoolean()
  mainResidence?: boolean;

  @ApiPropertyOptional({
    description:
      'Land only: this owner is a coltivatore diretto or IAP enrolled in the agricultural social security and ' +
      "farms it, so this owner's share is exempt (L. 160/2019 art. 1 c. 758 lett. a).",
  })
  @AbsentIfNull()
  @IsBoolean()
  professionalFarmer?: boolean;

  @ApiPropertyOptional({
    description:
      'Taxable buildings only: this owner is the construction company that built it and holds it for sale, ' +
      'not let (beni merce): exempt from 2022 (c. 751). Give the period it lasts.',
  })
  @AbsentIfNull()
  @IsBoolean()
  heldForSaleByBuilder?: boolean;
}

export class PropertyReductionDto {
  @ApiProperty({ enum: ['historic', 'uninhabitable', 'freeLoanToRelative', 'agreedRent'] })
  @IsString()
  @MaxLength(24)
  kind: string;

  @ApiPropertyOptional({
    example: '2025-01-01',
    description:
      'Start of the period (required for uninhabitable; none for historic, whole years otherwise).',
  })
  @AbsentIfNull()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ example: '2025-09-30' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(10)
  to?: string;
}

/**
 * Every optional field here takes `null` as "not given" (`AbsentIfNull`) rather than refusing it: JSON clients
 * commonly send `null` for an emptied form field, and for the register service and the IMU rules an absent field
 * already means "does not apply", so there is no third meaning for `null` to carry.
 */
export class CreatePropertyDto {
  @ApiProperty({ enum: ['building', 'land', 'buildingLand'] })
  @IsString()
  @MaxLength(16)
  kind: string;

  @ApiPropertyOptional({ example: 'A/2', description: 'Buildings only.' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(8)
  cadastralCategory?: string;

  @ApiPropertyOptional({ example: '750.00', description: 'Rendita catastale in euro: buildings only.' })
  @AbsentIfNull()
  @IsString()
  @Matches(EURO_PATTERN, euro)
  cadastralIncome?: string;

  @ApiPropertyOptional({
    example: '120.50',
    description: 'Reddito dominicale in euro: agricultural land only.',
  })
  @AbsentIfNull()
  @IsString()
  @Matches(EURO_PATTERN, euro)
  dominicalIncome?: string;

  @ApiPropertyOptional({
    example: '85000.00',
    description: 'Market value at 1 January in euro: building land only.',
  })
  @AbsentIfNull()
  @IsString()
  @Matches(EURO_PATTERN, euro)
  marketValue?: string;

  @ApiPropertyOptional({ example: '12' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(8)
  foglio?: string;

  @ApiPropertyOptional({ example: '345' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(16)
  particella?: string;

  @ApiPropertyOptional({ example: '6' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(8)
  subalterno?: string;

  @ApiPropertyOptional({ example: 'Via Roma 12' })
  @AbsentIfNull()
  @IsString()
  @MaxLength(256)
  address?: string;

  @ApiPropertyOptional({ description: 'Rural building for agricultural use (code 3913).' })
  @AbsentIfNull()
  @IsBoolean()
  ruralInstrumental?: boolean;

  @ApiProperty({ type: [PropertyOwnerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PropertyOwnerDto)
  owners: PropertyOwnerDto[];

  @ApiPropertyOptional({ type: [PropertyReductionDto] })
  @AbsentIfNull()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PropertyReductionDto)
  reductions?: PropertyReductionDto[];
}
