import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IntegerField } from '../../common/http/integer-field.js';
import type { PersonSearchKind } from './person-search-query.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PersonSearchQueryDto {
  @ApiProperty({
    description: 'Codice fiscale, "cognome nome" (or the start of it) or an address ("via Marconi 12").',
    example: 'rossi mario',
  })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ enum: ['fiscal_code', 'name', 'address'], description: 'Forces how `q` is read.' })
  @IsOptional()
  @IsIn(['fiscal_code', 'name', 'address'])
  by?: PersonSearchKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @IntegerField({ min: 1, max: 50 })
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000, default: 0 })
  @IsOptional()
  @IntegerField({ min: 0, max: 100_000 })
  offset?: number;
}

export class PersonRecordQueryDto {
  @ApiProperty({
    minLength: 5,
    maxLength: 256,
    description: 'Why the clerk opens the record: shown to the person in "chi ha consultato i miei dati".',
    example: 'Verifica della richiesta di rettifica R-2026-000042',
  })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(256)
  purpose: string;
}
