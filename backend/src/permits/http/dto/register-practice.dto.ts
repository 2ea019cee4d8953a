import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { ProtectionConstraints } from '../../domain/practice.js';
import { PRACTICE_TYPES, type PracticeType } from '../../domain/practice-type.js';
import { PARTY_ROLES, type PartyRole } from '../../persistence/practice-party.entity.js';

export class CadastralDataDto {
  @ApiProperty({ description: 'Foglio.', example: '5' })
  @IsString()
  @Matches(/^[0-9A-Za-z]{1,8}$/, {
    context: { italian: 'deve essere il numero del foglio (fino a 8 caratteri)' },
  })
  sheet: string;

  @ApiProperty({ description: 'Particella (mappale).', example: '120' })
  @IsString()
  @Matches(/^[0-9A-Za-z/]{1,16}$/, { context: { italian: 'deve essere il numero della particella' } })
  parcel: string;

  @ApiPropertyOptional({ description: 'Subalterno.', example: '3' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{1,8}$/, { context: { italian: 'deve essere il numero del subalterno' } })
  subaltern?: string;
}

export class PartyDto {
  @ApiProperty({
    enum: PARTY_ROLES,
    description: 'One applicant, any co-applicants, at most one technician.',
  })
  @IsIn(PARTY_ROLES)
  role: PartyRole;

  @ApiProperty({ example: 'RSSMRA80A01I914X' })
  @IsString()
  @MaxLength(20)
  fiscalCode: string;

  @ApiPropertyOptional({
    description:
      'Required for a person the registry does not know; for a known one the registry’s name replaces it.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  givenName?: string;

  @ApiPropertyOptional({ description: 'As givenName.' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  familyName?: string;

  @ApiPropertyOptional({ description: 'Where notifications go.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

/** A practice as filed at the protocol. */
export class RegisterPracticeDto {
  @ApiProperty({ enum: PRACTICE_TYPES })
  @IsIn(PRACTICE_TYPES)
  type: PracticeType;

  @ApiProperty({ example: '1234/2026' })
  @IsString()
  @Matches(/^[0-9A-Za-z][0-9A-Za-z/._-]{0,31}$/, {
    context: {
      italian: 'deve essere un numero di protocollo (lettere, cifre, / . _ -, fino a 32 caratteri)',
    },
  })
  protocolNumber: string;

  @ApiProperty({
    description: 'YYYY-MM-DD, not after today: the legal terms run from it.',
    example: '2026-02-02',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { italian: 'deve essere una data nel formato AAAA-MM-GG' } })
  protocolDate: string;

  @ApiProperty({ example: 'Via Roma 1' })
  @IsString()
  @Length(3, 256)
  address: string;

  @ApiProperty({ type: () => CadastralDataDto })
  @ValidateNested()
  @Type(() => CadastralDataDto)
  cadastral: CadastralDataDto;

  @ApiProperty({ example: 'Ampliamento di un edificio residenziale' })
  @IsString()
  @Length(3, 4000)
  description: string;

  @ApiPropertyOptional({ enum: ['none', 'cleared', 'pending'], default: 'none' })
  @IsOptional()
  @IsIn(['none', 'cleared', 'pending'])
  constraints?: ProtectionConstraints;

  @ApiPropertyOptional({
    description: 'Art. 20, comma 7: terms doubled for complex projects.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  doubledTerms?: boolean;

  @ApiProperty({ type: () => [PartyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties: PartyDto[];

  @ApiPropertyOptional({ description: 'Note to the applicant on the submission.', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  publicNote?: string;
}
