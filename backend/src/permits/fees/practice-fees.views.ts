import { ApiProperty } from '@nestjs/swagger';

export class FeeTariffView {
  @ApiProperty() practiceType: string;
  @ApiProperty() practiceTypeLabel: string;
  @ApiProperty({ example: '50.00' }) amount: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class FeeTariffListView {
  @ApiProperty({ type: () => [FeeTariffView] }) tariffs: FeeTariffView[];
}

/** A charge on a practice as its parties see it ("da pagare" while due). */
export class PracticeChargeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'diritti_segreteria' }) kind: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: '50.00' }) amount: string;
  @ApiProperty({ enum: ['pending', 'due', 'paid', 'expired', 'cancelled'] }) status: string;
  @ApiProperty({ format: 'uuid', description: 'The pagoPA payment (GET /api/payments/{id} for its payer).' })
  paymentId: string;
}
