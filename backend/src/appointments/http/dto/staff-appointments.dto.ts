import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { IntegerField } from '../../../common/http/integer-field.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class AgendaQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  office: string;

  @ApiProperty({ example: '2026-12-07' })
  @IsString()
  @Matches(DATE, { context: { italian: 'deve essere una data nel formato AAAA-MM-GG' } })
  date: string;
}

export class AppointmentOpeningPeriodDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = Monday ... 7 = Sunday.' })
  @IntegerField({ min: 1, max: 7 })
  weekday: number;

  @ApiProperty({ example: '09:00' })
  @IsString()
  @Matches(TIME, { context: { italian: 'deve essere un orario HH:MM' } })
  opens: string;

  @ApiProperty({ example: '12:30' })
  @IsString()
  @Matches(TIME, { context: { italian: 'deve essere un orario HH:MM' } })
  closes: string;
}

export class AppointmentOfficeHoursDto {
  @ApiProperty({ type: () => [AppointmentOpeningPeriodDto] })
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => AppointmentOpeningPeriodDto)
  hours: AppointmentOpeningPeriodDto[];

  @ApiProperty({ minimum: 5, maximum: 240, example: 15 })
  @IntegerField({ min: 5, max: 240 })
  slotMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 20, example: 1, description: 'Residents received at once per slot.' })
  @IntegerField({ min: 1, max: 20 })
  capacity: number;
}

export class AppointmentClosureDto {
  @ApiProperty({ example: '2026-12-24' })
  @IsString()
  @Matches(DATE, { context: { italian: 'deve essere una data nel formato AAAA-MM-GG' } })
  date: string;

  @ApiProperty({ example: 'Chiusura straordinaria' })
  @IsString()
  @Length(1, 200)
  reason: string;
}
