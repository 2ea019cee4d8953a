import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { IntegerField, MAX_INT4 } from '../../common/http/integer-field.js';
import { PRACTICE_TYPES, type PracticeType } from '../domain/practice-type.js';

const FISCAL_CODE = /^[A-Za-z0-9]{16}$/;
const fiscalCodeRule = { context: { italian: 'deve essere un codice fiscale di 16 caratteri' } };

export class CreateDraftDto {
  @ApiProperty({ enum: PRACTICE_TYPES })
  @IsIn(PRACTICE_TYPES)
  type: PracticeType;
}

export class CompanyDto {
  @ApiProperty({ description: 'Ragione sociale.' })
  @IsString()
  @Length(1, 256)
  name: string;

  @ApiProperty({ description: 'Partita IVA (11 cifre).', example: '01234567890' })
  @IsString()
  @Matches(/^[0-9]{11}$/, { context: { italian: 'deve essere una partita IVA di 11 cifre' } })
  vatNumber: string;
}

export class CoTitolareDto {
  @ApiProperty({ example: 'BNCLCU85M41H501Z' })
  @IsString()
  @Matches(FISCAL_CODE, fiscalCodeRule)
  fiscalCode: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  givenName: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  familyName: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;
}

export const TITLES = ['proprietario', 'comproprietario', 'usufruttuario', 'locatario', 'altro'] as const;

/** Quadro "Titolare": who holds the title to act (and, for a company, its legal representative). */
export class TitolareDto {
  @ApiProperty({ example: 'RSSMRA80A01H501U' })
  @IsString()
  @Matches(FISCAL_CODE, fiscalCodeRule)
  fiscalCode: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  givenName: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  familyName: string;

  @ApiProperty({ description: 'Where the office writes (receipt, requests).' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: TITLES, description: 'Titolo ad intervenire.' })
  @IsIn(TITLES)
  title: string;

  @ApiPropertyOptional({
    type: CompanyDto,
    nullable: true,
    description: 'When acting as legal representative.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyDto)
  company?: CompanyDto | null;

  @ApiPropertyOptional({
    type: [CoTitolareDto],
    description: 'Co-titolari: parties of the practice, who see it.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CoTitolareDto)
  coTitolari?: CoTitolareDto[];
}

/** Quadro "Tecnico incaricato": the professional who swears the filing. */
export class TecnicoDto {
  @ApiProperty({ example: 'VRDGPP70C15F205X' })
  @IsString()
  @Matches(FISCAL_CODE, fiscalCodeRule)
  fiscalCode: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  givenName: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  familyName: string;

  @ApiProperty({ description: 'Albo or ordine (e.g. "Ordine degli Architetti P.P.C.").' })
  @IsString()
  @Length(1, 128)
  professionalOrder: string;

  @ApiProperty({ description: 'Registration number in the albo.' })
  @IsString()
  @Matches(/^[0-9A-Za-z/-]{1,32}$/, { context: { italian: 'deve essere il numero di iscrizione all’albo' } })
  registrationNumber: string;

  @ApiProperty({ description: 'Province of the albo (sigla).', example: 'CR' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { context: { italian: 'deve essere la sigla della provincia (2 lettere)' } })
  province: string;

  @ApiProperty({ description: 'PEC address.' })
  @IsEmail()
  @MaxLength(320)
  pec: string;
}

export class CadastreDto {
  @ApiProperty({ enum: ['fabbricati', 'terreni'], description: 'Catasto fabbricati or terreni.' })
  @IsIn(['fabbricati', 'terreni'])
  register: string;

  @ApiPropertyOptional({ nullable: true, description: 'Sezione.' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{1,4}$/, { context: { italian: 'deve essere la sezione censuaria' } })
  section?: string | null;

  @ApiProperty({ description: 'Foglio.', example: '5' })
  @IsString()
  @Matches(/^[0-9A-Za-z]{1,8}$/, { context: { italian: 'deve essere il numero del foglio' } })
  sheet: string;

  @ApiProperty({ description: 'Particella (mappale).', example: '120' })
  @IsString()
  @Matches(/^[0-9A-Za-z/]{1,16}$/, { context: { italian: 'deve essere il numero della particella' } })
  parcel: string;

  @ApiPropertyOptional({ nullable: true, description: 'Subalterno.' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{1,8}$/, { context: { italian: 'deve essere il numero del subalterno' } })
  subaltern?: string | null;
}

/** Quadro "Immobile": where, with its cadastral data. */
export class ImmobileDto {
  @ApiProperty({ example: 'Via Roma 12' })
  @IsString()
  @Length(3, 256)
  address: string;

  @ApiProperty({ type: CadastreDto })
  @ValidateNested()
  @Type(() => CadastreDto)
  cadastre: CadastreDto;
}

export const INTERVENTION_CATEGORIES = [
  'manutenzione_straordinaria',
  'restauro_risanamento',
  'ristrutturazione',
  'nuova_costruzione',
  'cambio_uso',
  'agibilita',
  'altro',
] as const;

/** Quadro "Intervento": what is done (D.P.R. 380/2001 art. 3 categories). */
export class InterventoDto {
  @ApiProperty()
  @IsString()
  @Length(10, 4000)
  description: string;

  @ApiProperty({ enum: INTERVENTION_CATEGORIES })
  @IsIn(INTERVENTION_CATEGORIES)
  category: string;

  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Planned start of works.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { italian: 'deve essere una data AAAA-MM-GG' } })
  worksStart?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'End of works (SCA, CFL).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { italian: 'deve essere una data AAAA-MM-GG' } })
  worksEnd?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description:
      'The title whose works ended, by its protocol number and date (CFL, required there): e.g. “CILA prot. 0001234/2025 del 12/03/2025”.',
  })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  titleReference?: string | null;
}

/** Quadro "Dichiarazioni": the declarations of the modulistica unificata (DPR 445/2000 artt. 46, 47, 76). */
export class DichiarazioniDto {
  @ApiProperty({ description: 'Aware of the penalties for false declarations (DPR 445/2000 art. 76).' })
  @IsBoolean()
  truthfulness: boolean;

  @ApiProperty({ description: 'Holds the title to carry out the works.' })
  @IsBoolean()
  titleToAct: boolean;

  @ApiProperty({ description: 'Has read the privacy notice (GDPR art. 13).' })
  @IsBoolean()
  privacy: boolean;

  @ApiProperty({
    enum: ['none', 'cleared', 'pending'],
    description: 'Protections (vincoli) on the property.',
  })
  @IsIn(['none', 'cleared', 'pending'])
  constraints: 'none' | 'cleared' | 'pending';
}

/** The sections saved with the draft: each one given is checked whole; null clears it; absent keeps it. */
export class UpdateDraftDto {
  @ApiPropertyOptional({ type: TitolareDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TitolareDto)
  titolare?: TitolareDto | null;

  @ApiPropertyOptional({ type: TecnicoDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TecnicoDto)
  tecnico?: TecnicoDto | null;

  @ApiPropertyOptional({ type: ImmobileDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImmobileDto)
  immobile?: ImmobileDto | null;

  @ApiPropertyOptional({ type: InterventoDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterventoDto)
  intervento?: InterventoDto | null;

  @ApiPropertyOptional({ type: DichiarazioniDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DichiarazioniDto)
  dichiarazioni?: DichiarazioniDto | null;

  @ApiPropertyOptional({
    description: 'The version read; a save from another device in between answers 409.',
  })
  @IsOptional()
  @IntegerField({ min: 1, max: MAX_INT4 })
  expectedVersion?: number;
}

export class TechnicianProfileDto {
  @ApiProperty({ description: 'Albo or ordine.' })
  @IsString()
  @Length(1, 128)
  professionalOrder: string;

  @ApiProperty()
  @IsString()
  @Matches(/^[0-9A-Za-z/-]{1,32}$/, { context: { italian: 'deve essere il numero di iscrizione all’albo' } })
  registrationNumber: string;

  @ApiProperty({ example: 'CR' })
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { context: { italian: 'deve essere la sigla della provincia (2 lettere)' } })
  province: string;

  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  pec: string;
}
