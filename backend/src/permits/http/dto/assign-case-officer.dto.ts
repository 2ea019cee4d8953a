import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

export class AssignCaseOfficerDto {
  @ApiProperty({ description: 'Codice fiscale of a member of the permits office.' })
  @IsString()
  @MaxLength(20)
  fiscalCode: string;

  @ApiProperty({ description: 'The `version` of the practice the caller saw.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
