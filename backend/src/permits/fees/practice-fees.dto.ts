import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PRACTICE_TYPES, type PracticeType } from '../domain/practice-type.js';

const EURO = /^\d{1,8}(\.\d{1,2})?$/;
const euro = { message: 'deve essere un importo in euro con al massimo due decimali, ad esempio 50.00' };

export const CHARGE_KINDS = ['diritti_segreteria', 'other'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

export class FeeTariffDto {
  @ApiProperty({ enum: PRACTICE_TYPES })
  @IsIn(PRACTICE_TYPES)
  practiceType: PracticeType;

  @ApiProperty({ example: '50.00' })
  @Matches(EURO, euro)
  amount: string;

  @ApiProperty({ example: 'Diritti di segreteria SCIA' })
  @IsString()
  @MinLength(3)
  @MaxLength(140)
  description: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'delibera G.C. n. 12 del 2026' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  source?: string | null;
}

export class PutFeeTariffsDto {
  @ApiProperty({ type: () => [FeeTariffDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PRACTICE_TYPES.length)
  @ValidateNested({ each: true })
  @Type(() => FeeTariffDto)
  tariffs: FeeTariffDto[];
}

export class CreateChargeDto {
  @ApiProperty({
    enum: CHARGE_KINDS,
    description: '`diritti_segreteria` defaults amount and description to the tariff.',
  })
  @IsIn(CHARGE_KINDS)
  kind: ChargeKind;

  @ApiPropertyOptional({
    example: '50.00',
    description: 'Required for `other`; default: the practice type’s tariff.',
  })
  @IsOptional()
  @Matches(EURO, euro)
  amount?: string | null;

  @ApiPropertyOptional({ example: 'Diritti di segreteria', maxLength: 140 })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(140)
  description?: string | null;
}
