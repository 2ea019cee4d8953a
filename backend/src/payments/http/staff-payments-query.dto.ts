import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IntegerField } from '../../common/http/integer-field.js';
import {
  PAYMENT_KINDS,
  PAYMENT_STATUSES,
  type PaymentKind,
  type PaymentStatus,
} from '../domain/payment-kinds.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class StaffPaymentsQueryDto {
  @ApiPropertyOptional({
    enum: ['registry', 'taxes', 'permits'],
    description: 'The office whose payments to list.',
  })
  @IsOptional()
  @IsIn(['registry', 'taxes', 'permits'])
  office?: 'registry' | 'taxes' | 'permits';

  @ApiPropertyOptional({ enum: PAYMENT_KINDS })
  @IsOptional()
  @IsIn(PAYMENT_KINDS)
  kind?: PaymentKind;

  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatus;

  @ApiPropertyOptional({ format: 'date', description: 'Due date from (inclusive).' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due date to (inclusive).' })
  @IsOptional()
  @Matches(ISO_DATE)
  to?: string;

  @ApiPropertyOptional({ description: 'Payer fiscal code or name, notice number or purpose (part of).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @IntegerField({ min: 1, max: 10_000 })
  page?: number;
}

export class ReconciliationQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Payment date from; at most 30 days before `to`.' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Payment date to (default today).' })
  @IsOptional()
  @Matches(ISO_DATE)
  to?: string;
}
