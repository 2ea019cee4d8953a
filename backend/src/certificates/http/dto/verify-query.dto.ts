import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class VerifyQueryDto {
  @ApiPropertyOptional({
    description:
      'Seal token from the QR code (`?s=` of the verification URL): checked against the stored content.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  s?: string;
}
