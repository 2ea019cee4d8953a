import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Range, decimals and source are checked by the domain, which names the field in Italian. */
export class PutLegalInterestRateDto {
  @ApiProperty({
    example: '1.60',
    description: 'Percent per year with a dot, at most three decimals, from 0 to 99.999.',
  })
  @IsString()
  @MaxLength(12)
  ratePercent: string;

  @ApiProperty({
    example: 'decreto MEF del 10/12/2025 (Gazzetta Ufficiale)',
    description: 'The decree of the Ministry of Economy that sets the rate.',
  })
  @IsString()
  @MaxLength(400)
  source: string;
}
