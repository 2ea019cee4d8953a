import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CERTIFICATE_TYPE_CODES } from '../../domain/certificate-types.js';
import { MAX_EXEMPTION_NOTE_LENGTH, STAMP_DUTY_EXEMPTION_IDS } from '../../domain/stamp-duty.js';

/**
 * How the imposta di bollo is settled: a declared exemption (`exemption`, with `note` for `other`) or a
 * marca da bollo (`marcaId`). The rules and their Italian messages live in the domain (`resolveStampDuty`);
 * this only bounds the shape.
 */
export class StampDutyDto {
  @ApiPropertyOptional({
    enum: STAMP_DUTY_EXEMPTION_IDS,
    description: 'Exempt use, from `GET /api/certificates/exemptions`; its legal basis is printed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  exemption?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `Required with \`other\` (use and legal basis, at most ${MAX_EXEMPTION_NOTE_LENGTH} characters), refused otherwise.`,
    maxLength: MAX_EXEMPTION_NOTE_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4 * MAX_EXEMPTION_NOTE_LENGTH)
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'The 14-digit identifier of the marca da bollo (spaces allowed); each marca serves one certificate.',
    example: '01234567890123',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  marcaId?: string | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description:
      'true: pay the €16 with the marca da bollo digitale through pagoPA. The answer is 202 with the payment; the certificate is issued by itself once paid.',
  })
  @IsOptional()
  @IsBoolean()
  pagoPA?: boolean | null;

  @ApiPropertyOptional({
    description: 'Earlier spelling of `pagoPA` (any object means true).',
    type: 'object',
    additionalProperties: true,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  pagoPa?: Record<string, unknown> | null;
}

export class IssueCertificateDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_TYPE_CODES, description: 'One certificate type.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  type?: string;

  @ApiPropertyOptional({
    enum: CERTIFICATE_TYPE_CODES,
    isArray: true,
    description: 'Several types joined in one certificato contestuale (instead of `type`).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CERTIFICATE_TYPE_CODES.length)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  types?: string[];

  @ApiProperty({
    format: 'uuid',
    description: 'The person the certificate is about: the caller or a member of their famiglia anagrafica.',
  })
  @IsUUID('all')
  subjectId: string;

  @ApiProperty({ type: () => StampDutyDto })
  @IsDefined({
    context: {
      italian: 'è obbligatorio: indicare un motivo di esenzione dal bollo oppure la marca da bollo',
    },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => StampDutyDto)
  stampDuty: StampDutyDto;
}
