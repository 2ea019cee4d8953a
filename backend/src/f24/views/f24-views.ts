import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IMU_RATE_CATEGORIES,
  type ImuRateCategoryKey,
  type ImuRatePercents,
} from '../domain/imu-rate-categories.js';
import { imuRateFieldsClass } from '../http/imu-rate-category-fields.js';

/** Amounts are strings in euro with two decimals ("534.00"); dates ISO "YYYY-MM-DD". */

export class ExplanationView {
  @ApiProperty({ example: 'imu.base.building', description: 'Stable identifier of the rule.' })
  key: string;

  @ApiProperty({ description: 'The Italian sentence shown to the taxpayer.' })
  text: string;
}

export class IdView {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export const ImuRatePercentsView = imuRateFieldsClass('ImuRatePercentsView');
export type ImuRatePercentsView = ImuRatePercents;

export class LocalizedLabelView {
  @ApiProperty({ example: 'Aree fabbricabili' }) it: string;
  @ApiProperty({ example: 'Building land' }) en: string;
}

/** A rate category of the catalogue, so that the office's form and table need no list of their own. */
export class ImuRateCategoryView {
  @ApiProperty({
    enum: IMU_RATE_CATEGORIES.map((category) => category.key),
    description: 'The name of the rate in `rates`.',
  })
  key: ImuRateCategoryKey;
  @ApiProperty({ type: LocalizedLabelView }) label: LocalizedLabelView;
  @ApiProperty({ example: '0', description: 'Lowest rate the comune may set, percent.' }) min: string;
  @ApiProperty({ example: '1.06', description: 'Highest rate the comune may set, percent.' }) max: string;
  @ApiProperty({
    example: '1.14',
    nullable: true,
    type: String,
    description: 'Highest rate for a comune that kept the former TASI surcharge (c. 755); null when none.',
  })
  maxWithTasiSurcharge: string | null;
  @ApiProperty({
    example: 'cc. 754-755',
    description: 'The comma of L. 160/2019 art. 1 that sets the range.',
  })
  law: string;
}

export class ImuRatesView {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'delibera C.C. n. 42 del 23/12/2024' }) label: string;
  @ApiProperty({ type: ImuRatePercentsView }) rates: ImuRatePercentsView;
  @ApiProperty({ example: '200.00' }) mainResidenceDeduction: string;
  @ApiProperty({ example: '12.00' }) minimumAmount: string;
  @ApiProperty() formerTasiSurcharge: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class LegalInterestRateView {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '1.60', description: 'Percent per year, at least two decimals.' })
  ratePercent: string;
  @ApiProperty({ example: 'D.M. 10/12/2025 (Gazzetta Ufficiale)' }) source: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Fiscal code of the clerk who entered it; null for the initial data.',
  })
  updatedBy: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OwnerView {
  @ApiProperty() fiscalCode: string;
  @ApiProperty({ example: '50' }) sharePercent: string;
  @ApiProperty({ example: '2019-03-15' }) from: string;
  @ApiProperty({ type: String, example: '2025-06-30', nullable: true }) to: string | null;
  @ApiProperty() mainResidence: boolean;
  @ApiProperty({ description: 'Coltivatore diretto or IAP farming this land: share exempt (c. 758).' })
  professionalFarmer: boolean;
  @ApiProperty({
    description: 'Builder holding it for sale, not let (beni merce): exempt from 2022 (c. 751).',
  })
  heldForSaleByBuilder: boolean;
}

export class ReductionView {
  @ApiProperty({ enum: ['historic', 'uninhabitable', 'freeLoanToRelative', 'agreedRent'] }) kind: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
}

export class PropertyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['building', 'land', 'buildingLand'] }) kind: string;
  @ApiProperty({ type: String, nullable: true, example: 'A/2' }) cadastralCategory: string | null;
  @ApiProperty({ type: String, nullable: true, example: '750.00' }) cadastralIncome: string | null;
  @ApiProperty({ type: String, nullable: true }) dominicalIncome: string | null;
  @ApiProperty({ type: String, nullable: true }) marketValue: string | null;
  @ApiProperty() foglio: string;
  @ApiProperty() particella: string;
  @ApiProperty({ type: String, nullable: true }) subalterno: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty() ruralInstrumental: boolean;
  @ApiProperty({ type: [ReductionView] }) reductions: ReductionView[];
  @ApiProperty({ type: [OwnerView], description: 'Every owner of the property, with their periods.' })
  owners: OwnerView[];
}

export class PropertyAmountView {
  @ApiProperty({ example: '3918' }) taxCode: string;
  @ApiProperty({ example: '534.27', description: 'Whole year at this year’s rates, to the cent.' })
  annual: string;
  @ApiProperty({ example: '267.14', description: 'First semester at last year’s rates, to the cent.' })
  acconto: string;
}

export class AssessedPropertyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['building', 'land', 'buildingLand'] }) kind: string;
  @ApiProperty({ type: String, nullable: true }) cadastralCategory: string | null;
  @ApiProperty() foglio: string;
  @ApiProperty() particella: string;
  @ApiProperty({ type: String, nullable: true }) subalterno: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ example: '126000.00', description: 'Taxable base before reductions.' }) base: string;
  @ApiProperty({ example: 12, description: 'Months of possession that count (c. 761).' }) months: number;
  @ApiProperty({ type: [Number], example: [1, 2, 3] }) possessedMonths: number[];
  @ApiProperty({ example: '534.27', description: 'Annual tax of this property for the caller, to the cent.' })
  annual: string;
  @ApiProperty({ type: [PropertyAmountView] }) amounts: PropertyAmountView[];
  @ApiProperty({ type: [ExplanationView], description: 'Base, months, case, rate, share: each step.' })
  explanation: ExplanationView[];
}

export class AnnualLineView {
  @ApiProperty({ example: '3918' }) taxCode: string;
  @ApiProperty({ example: '534.27', description: 'Annual tax net of the deduction, to the cent.' })
  amount: string;
  @ApiProperty({ example: '0.00' }) deduction: string;
  @ApiProperty({ example: 1 }) propertiesCount: number;
  @ApiProperty({ type: [ExplanationView] }) explanation: ExplanationView[];
}

export class InstalmentLineView {
  @ApiProperty({ example: '3918' }) taxCode: string;
  @ApiProperty({ example: '267.00', description: 'The F24 line, rounded to the euro.' }) amount: string;
  @ApiProperty({ example: '0.00' }) deduction: string;
  @ApiPropertyOptional({ example: 1 }) propertiesCount?: number;
}

export class InstalmentView {
  @ApiProperty({ example: '2025-06-16', description: 'Moved past weekends and national holidays.' })
  dueDate: string;
  @ApiProperty({ type: [InstalmentLineView] }) lines: InstalmentLineView[];
  @ApiProperty({ example: '267.00' }) total: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '/api/f24/imu/2025/acconto.pdf',
    description: 'The F24 to print; null when nothing is due.',
  })
  pdf: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The pagoPA notice of this instalment (L. 160/2019 c. 765), once asked for.',
  })
  paymentId: string | null;
}

export class ImuYearView {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: 'delibera C.C. n. 42 del 23/12/2024' }) ratesLabel: string;
  @ApiProperty({ example: 'demo' }) previousYearRatesLabel: string;
  @ApiProperty({ description: 'The annual total is below the minimum: nothing is due.' })
  belowMinimum: boolean;
  @ApiProperty({ type: [AssessedPropertyView] }) properties: AssessedPropertyView[];
  @ApiProperty({ type: [AnnualLineView] }) annual: AnnualLineView[];
  @ApiProperty({ type: InstalmentView }) acconto: InstalmentView;
  @ApiProperty({ type: InstalmentView }) saldo: InstalmentView;
  @ApiProperty({ type: InstalmentView, description: 'The whole year in one payment by the acconto’s date.' })
  unica: InstalmentView;
  @ApiProperty({ example: '0.00', description: 'Acconto above the annual tax, refundable.' })
  overpaid: string;
  @ApiProperty({ type: [ExplanationView] }) explanation: ExplanationView[];
}

export class LatePaymentLineView {
  @ApiProperty({ example: '3918' }) taxCode: string;
  @ApiProperty({ example: '534.00' }) tax: string;
  @ApiProperty({ example: '7.42' }) penalty: string;
  @ApiProperty({ example: '1.13' }) interest: string;
  @ApiProperty({
    example: '543.00',
    description: 'Tax + penalty + interest rounded to the euro: the F24 line.',
  })
  total: string;
  @ApiProperty({ type: [ExplanationView] }) explanation: ExplanationView[];
}

export class LatePaymentView {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ enum: ['acconto', 'saldo', 'unica'] }) instalment: string;
  @ApiProperty({ example: '2025-12-16' }) dueDate: string;
  @ApiProperty({ example: '2026-01-20' }) paymentDate: string;
  @ApiProperty({ example: 35 }) daysLate: number;
  @ApiProperty({
    enum: [
      'within14Days',
      'within30Days',
      'within90Days',
      'withinOneYear',
      'withinTwoYears',
      'beyondTwoYears',
    ],
  })
  tier: string;
  @ApiProperty({ example: '1.388889', description: 'Reduced penalty, percent of the tax.' })
  penaltyPercent: string;
  @ApiProperty({ type: [LatePaymentLineView] }) lines: LatePaymentLineView[];
  @ApiProperty({ example: '543.00' }) total: string;
  @ApiProperty({ example: '/api/f24/imu/2025/late-payment.pdf?instalment=saldo&paymentDate=2026-01-20' })
  pdf: string;
  @ApiProperty({ type: [ExplanationView] }) explanation: ExplanationView[];
}

export class F24DocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ enum: ['acconto', 'saldo', 'unica'] }) instalment: string;
  @ApiProperty({ example: '267.00' }) total: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ example: '/api/f24/documents/6f1c….pdf' }) download: string;
}

export class BulkFailureView {
  @ApiProperty() fiscalCode: string;
  @ApiProperty({ example: 'INVALID_F24_FIELD' }) code: string;
  @ApiProperty() detail: string;
}

export class BulkJobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ enum: ['acconto', 'saldo', 'unica'] }) instalment: string;
  @ApiProperty({ enum: ['running', 'completed'] }) status: string;
  @ApiProperty({ description: 'Taxpayers holding a property in the year.' }) total: number;
  @ApiProperty({ description: 'Taxpayers processed so far, whatever the outcome.' }) done: number;
  @ApiProperty({ description: 'Taxpayers whose F24 could not be produced (see failures).' }) failed: number;
  @ApiProperty({ description: 'F24 PDFs produced.' }) documents: number;
  @ApiProperty({ description: 'Taxpayers with nothing to pay (exempt or below the minimum).' })
  nothingDue: number;
  @ApiProperty() startedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ example: '/api/staff/taxes/bulk-jobs/6f1c…/archive.zip' }) archive: string;
  @ApiProperty({ type: [BulkFailureView], description: 'The first 100 failures.' })
  failures: BulkFailureView[];
}
