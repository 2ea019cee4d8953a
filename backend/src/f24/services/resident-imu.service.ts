import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/italian/clock.js';
import { PaymentsService } from '../../payments/services/payments.service.js';
import type { PaymentItemView } from '../../payments/views/payment-views.js';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import { lateSettlementF24Lines } from '../domain/imu-f24-lines.js';
import { computeLateSettlement, type LateSettlement } from '../domain/late-settlement.js';
import { F24Errors, withField } from '../f24-errors.js';
import type { LatePaymentDto } from '../http/dto/late-payment.dto.js';
import { euroString } from '../http/euro-json.js';
import {
  INSTALMENT_NAMES,
  type InstalmentName,
  instalmentLabel,
  toDomainInstalment,
} from '../http/instalment-param.js';
import type { ImuYearView, LatePaymentView } from '../views/f24-views.js';
import { imuYearView } from '../views/imu-year-view.js';
import { F24FormService } from './f24-form.service.js';
import { ImuAssessmentService, type TaxpayerAssessment } from './imu-assessment.service.js';
import { LegalInterestRatesService } from './legal-interest-rates.service.js';

const PURPOSE = 'Calcolo IMU e modello F24 richiesti dal contribuente';

/** One pagoPA position per taxpayer, year and instalment. */
export function imuPaymentKey(fiscalCode: string, year: number, name: InstalmentName): string {
  return `imu:${fiscalCode}:${year}:${name}`;
}

/**
 * The resident's own IMU: always computed from the caller's properties (the fiscal code comes from the
 * session, never from the request), so nobody can see someone else's.
 */
@Injectable()
export class ResidentImuService {
  constructor(
    private readonly assessments: ImuAssessmentService,
    private readonly forms: F24FormService,
    private readonly legalInterest: LegalInterestRatesService,
    private readonly audit: AuditService,
    private readonly payments: PaymentsService,
    private readonly clock: Clock,
  ) {}

  async year(user: AuthUser, year: number): Promise<ImuYearView> {
    const { assessment, properties } = await this.assess(user, year, 'f24.imu.read');
    const keys = INSTALMENT_NAMES.map((name) => imuPaymentKey(user.fiscalCode, year, name));
    const positions = await this.payments.findByKeys(keys);
    const paymentIds = Object.fromEntries(
      INSTALMENT_NAMES.flatMap((name, index) => {
        const position = positions.find((p) => p.idempotencyKey === keys[index]);
        return position ? [[name, position.id]] : [];
      }),
    );
    return imuYearView(
      assessment,
      properties,
      (instalment) => this.assessments.f24Lines(assessment, instalment),
      paymentIds,
    );
  }

  /**
   * The instalment as a pagoPA notice too (L. 160/2019 c. 765), beside the F24: the instalment's amount and
   * due date; asking again returns the same position. A past instalment is paid with the ravvedimento instead.
   */
  async requestPayment(
    user: AuthUser,
    year: number,
    name: InstalmentName,
  ): Promise<{ created: boolean; payment: PaymentItemView }> {
    const key = imuPaymentKey(user.fiscalCode, year, name);
    const [existing] = await this.payments.findByKeys([key]);
    if (existing) return { created: false, payment: this.payments.view(existing) };
    const instalment = toDomainInstalment(name);
    const { assessment } = await this.assess(user, year, 'f24.imu.payment', { instalment });
    const cents = this.assessments
      .f24Lines(assessment, instalment)
      .reduce((sum, line) => sum + (line.debit ?? 0), 0);
    if (cents <= 0) throw F24Errors.nothingDue(year, instalmentLabel(instalment));
    const dueDate =
      instalment === 'balance' ? assessment.dueDates.balance : assessment.dueDates.firstInstalment;
    if (dueDate < this.clock.today()) {
      throw new DomainError({
        code: 'IMU_INSTALMENT_PAST_DUE',
        status: 422,
        detail: `La scadenza del ${dueDate.split('-').reverse().join('/')} è passata: per pagare ${instalmentLabel(instalment)} in ritardo usa il ravvedimento operoso con il modello F24.`,
        field: 'instalment',
      });
    }
    const position = await this.payments.requestPayment({
      kind: 'imu',
      idempotencyKey: key,
      reference: { type: 'imu_instalment', id: `${year}:${name}` },
      payer: { fiscalCode: user.fiscalCode, name: `${user.givenName} ${user.familyName}` },
      amount: euroString(cents),
      dueDate,
      description: `IMU ${year} - ${name === 'unica' ? 'unica soluzione' : name}`,
      actor: user,
    });
    return { created: true, payment: this.payments.view(position) };
  }

  async pdf(user: AuthUser, year: number, instalment: ImuInstalment): Promise<Buffer> {
    const { assessment } = await this.assess(user, year, 'f24.imu.pdf', { instalment });
    const lines = this.assessments.f24Lines(assessment, instalment);
    if (lines.length === 0) throw F24Errors.nothingDue(year, instalmentLabel(instalment));
    return this.forms.render(await this.forms.contributor(user.fiscalCode, user), lines);
  }

  async latePayment(user: AuthUser, year: number, dto: LatePaymentDto): Promise<LatePaymentView> {
    const { settlement } = await this.settle(user, year, dto);
    const query = new URLSearchParams({ instalment: dto.instalment, paymentDate: dto.paymentDate });
    return {
      year,
      instalment: dto.instalment,
      dueDate: settlement.dueDate,
      paymentDate: settlement.paymentDate,
      daysLate: settlement.daysLate,
      tier: settlement.tier,
      penaltyPercent: settlement.penaltyPercent,
      lines: settlement.lines.map((line) => ({
        taxCode: line.taxCode,
        tax: euroString(line.taxCents),
        penalty: euroString(line.penaltyCents),
        interest: euroString(line.interestCents),
        total: euroString(line.totalCents),
        explanation: line.explanations.map(({ key, text }) => ({ key, text })),
      })),
      total: euroString(settlement.totalCents),
      pdf: `/api/f24/imu/${year}/late-payment.pdf?${query}`,
      explanation: settlement.explanations.map(({ key, text }) => ({ key, text })),
    };
  }

  async latePaymentPdf(user: AuthUser, year: number, dto: LatePaymentDto): Promise<Buffer> {
    const { settlement, instalment, propertiesCount } = await this.settle(user, year, dto);
    const lines = lateSettlementF24Lines(settlement, {
      instalment,
      entityCode: this.assessments.entityCode,
      year,
      propertiesCount,
    });
    return this.forms.render(await this.forms.contributor(user.fiscalCode, user), lines);
  }

  private async settle(
    user: AuthUser,
    year: number,
    dto: LatePaymentDto,
  ): Promise<{
    settlement: LateSettlement;
    instalment: ImuInstalment;
    propertiesCount: Record<string, number>;
  }> {
    const instalment = toDomainInstalment(dto.instalment);
    const { assessment } = await this.assess(user, year, 'f24.imu.latePayment', {
      instalment,
      paymentDate: dto.paymentDate,
    });
    const lines = this.assessments.f24Lines(assessment, instalment);
    if (lines.length === 0) throw F24Errors.nothingDue(year, instalmentLabel(instalment));
    const dueDate =
      instalment === 'balance' ? assessment.dueDates.balance : assessment.dueDates.firstInstalment;
    try {
      const settlement = computeLateSettlement({
        dueDate,
        paymentDate: dto.paymentDate,
        lines: lines.map((line) => ({ taxCode: line.taxCode, taxCents: line.debit ?? 0 })),
        legalInterestRates: await this.legalInterest.all(),
      });
      const propertiesCount = Object.fromEntries(
        lines.map((line) => [line.taxCode, line.propertiesCount ?? 0]),
      );
      return { settlement, instalment, propertiesCount };
    } catch (error) {
      // A missing legal rate is a payment date too far ahead: the request's field is the date.
      if (error instanceof DomainError && error.field?.startsWith('legalInterestRates.')) {
        throw withField(error, 'paymentDate');
      }
      throw error;
    }
  }

  private async assess(
    user: AuthUser,
    year: number,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<TaxpayerAssessment> {
    const result = await this.assessments.assess(user.fiscalCode, year);
    await this.audit.record({
      actor: user,
      actorRole: 'resident',
      action,
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'imu_year',
      resourceId: String(year),
      purpose: PURPOSE,
      details: { properties: result.properties.length, ...details },
    });
    return result;
  }
}
