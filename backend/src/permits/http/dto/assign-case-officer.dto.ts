import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IntegerField, MAX_INT4 } from '../../../common/http/integer-field.js';

export class AssignCaseOfficerDto {
  @ApiProperty({ description: 'Codice fiscale of a member of the permits office.' })
  @IsString()
  @MaxLength(20)
  fiscalCode: string;

  @ApiProperty({ description: 'The `version` of the practice the caller saw.' })
  @IntegerField({ min: 1, max: MAX_INT4 })
  expectedVersion: number;
}
