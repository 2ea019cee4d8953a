import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

const SLOT_ID_EXAMPLE = '0b7c3a52-9f0e-4d8e-8a55-6d1f0c2b9e11.2026-12-09T09:15';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `GET /api/appointments/slots`: an office and a range of at most 31 days. */
export class SlotQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  office: string;

  @ApiProperty({ example: '2026-12-07', description: 'First day, YYYY-MM-DD.' })
  @IsString()
  @Matches(DATE, { context: { italian: 'deve essere una data nel formato AAAA-MM-GG' } })
  from: string;

  @ApiProperty({ example: '2026-12-18', description: 'Last day, YYYY-MM-DD; at most 30 days after `from`.' })
  @IsString()
  @Matches(DATE, { context: { italian: 'deve essere una data nel formato AAAA-MM-GG' } })
  to: string;
}

export class BookAppointmentDto {
  @ApiProperty({ example: SLOT_ID_EXAMPLE, description: 'The `id` of a free slot.' })
  @IsString()
  @MaxLength(64)
  slotId: string;

  @ApiProperty({ example: 'Carta d’identità elettronica', description: 'One of the office’s reasons.' })
  @IsString()
  @Length(1, 200)
  reason: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Where the confirmation goes; the identity provider’s address when absent.',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+39 0373 123456' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ]{6,20}$/, { context: { italian: 'deve essere un numero di telefono' } })
  phone?: string | null;
}

export class MoveAppointmentDto {
  @ApiProperty({ example: SLOT_ID_EXAMPLE, description: 'The `id` of the free slot to move to.' })
  @IsString()
  @MaxLength(64)
  slotId: string;
}
