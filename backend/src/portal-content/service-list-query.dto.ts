import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ServiceListQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Words that must all appear in the title, description, category or topics.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'Anagrafe e stato civile' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;
}
