import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ResidentBucket } from '../../domain/practice-state.js';

const BUCKETS = Object.values(ResidentBucket);

export class ResidentListQueryDto {
  @ApiPropertyOptional({ enum: BUCKETS, description: 'The area personale filter.' })
  @IsOptional()
  @IsIn(BUCKETS)
  bucket?: ResidentBucket;
}
