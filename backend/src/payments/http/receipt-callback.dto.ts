import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class ReceiptStampDto {
  @ApiProperty() @IsString() @MaxLength(5) idTransfer: string;
  @ApiProperty() @IsString() @MaxLength(72) hashDocument: string;
  @ApiProperty() @IsString() @MaxLength(2) stampType: string;
  @ApiProperty() @IsString() @MaxLength(2) provincialResidence: string;
  @ApiProperty({ description: 'Identifier of the marca da bollo digitale.' })
  @Matches(/^\d{1,32}$/)
  iubd: string;
}

/** The receipt the local pagoPA sandbox POSTs (test-federation README, "Receipt callback"). */
export class ReceiptCallbackDto {
  @ApiProperty({ enum: ['pagopa-sandbox.receipt'] }) @IsIn(['pagopa-sandbox.receipt']) type: string;
  @ApiProperty() @Matches(/^\d{11}$/) organizationFiscalCode: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(140) companyName?: string;
  @ApiProperty() @Matches(/^[A-Za-z0-9_* -]{1,64}$/) iupd: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{1,35}$/) iuv?: string;
  @ApiProperty() @Matches(/^\d{18}$/) noticeNumber: string;
  @ApiPropertyOptional({
    description: 'Euro cents (pagoPA: at most 999,999,999.99 euro).',
    minimum: 1,
    maximum: 99_999_999_999,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99_999_999_999)
  amount?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(140) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(35) debtorFiscalCode?: string;
  @ApiProperty() @IsString() @MaxLength(64) receiptId: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) paymentDate: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(140) pspCompany?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) paymentMethod?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) debtPositionStatus?: string;
  @ApiPropertyOptional({ type: () => [ReceiptStampDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ReceiptStampDto)
  stamps?: ReceiptStampDto[];
}
