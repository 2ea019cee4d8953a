import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IntegerField } from '../../common/http/integer-field.js';

export const DELIVERY_FILTERS = ['all', 'failed', 'pending', 'skipped', 'sent'] as const;
export type DeliveryFilter = (typeof DELIVERY_FILTERS)[number];

export class DeliveryQueryDto {
  @ApiPropertyOptional({
    enum: DELIVERY_FILTERS,
    default: 'all',
    description: 'Messages with a channel in this status.',
  })
  @IsOptional()
  @IsIn(DELIVERY_FILTERS)
  status?: DeliveryFilter;

  @ApiPropertyOptional({ minimum: 1, maximum: 100_000, default: 1 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100_000 })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @IntegerField({ min: 1, max: 100 })
  pageSize?: number;
}
