import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RESIDENT_BUCKETS, type ResidentBucket } from '../../domain/practice-state.js';

export class ResidentListQueryDto {
  @ApiPropertyOptional({ enum: RESIDENT_BUCKETS, description: 'The area personale filter.' })
  @IsOptional()
  @IsIn(RESIDENT_BUCKETS)
  bucket?: ResidentBucket;
}
