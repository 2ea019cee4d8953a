import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/italian/clock.js';
import { PaymentsService } from '../../payments/services/payments.service.js';
import { PRACTICE_TYPE_INFO, PRACTICE_TYPES, type PracticeType } from '../domain/practice-type.js';
import { PermitErrors } from '../permit-errors.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import { FeeTariff } from './fee-tariff.entity.js';
import { PracticeCharge } from './practice-charge.entity.js';
import type { CreateChargeDto, PutFeeTariffsDto } from './practice-fees.dto.js';
import type { FeeTariffListView, PracticeChargeView } from './practice-fees.views.js';

/** Days a charge stays payable on its pagoPA notice. */
const CHARGE_PAYMENT_DAYS = 30;

/**
 * Diritti di segreteria and other charges of the SUE: a tariff per practice type that the office edits, and
 * charges set on a practice, each payable by the practice's titolare through a pagoPA position.
 */
@Injectable()
export class PracticeFeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async tariffs(): Promise<FeeTariffListView> {
    const rows = await this.dataSource.getRepository(FeeTariff).find();
    const byType = new Map(rows.map((row) => [row.practiceType, row]));
    return {
      tariffs: PRACTICE_TYPES.flatMap((type) => {
        const row = byType.get(type);
        return row
          ? [
              {
                practiceType: type,
                practiceTypeLabel: PRACTICE_TYPE_INFO[type].label.it,
                amount: row.amount,
                description: row.description,
                source: row.source,
                updatedAt: row.updatedAt.toISOString(),
              },
            ]
          : [];
      }),
    };
  }

  async putTariffs(user: AuthUser, dto: PutFeeTariffsDto): Promise<FeeTariffListView> {
    if (new Set(dto.tariffs.map((t) => t.practiceType)).size !== dto.tariffs.length) {
      throw new DomainError({
        code: 'FEE_TARIFF_DUPLICATE',
        status: 422,
        detail: 'Ogni tipo di pratica può comparire una sola volta.',
        field: 'tariffs',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      for (const tariff of dto.tariffs) {
        const amount = new Decimal(tariff.amount);
        if (amount.lte(0)) {
          throw new DomainError({
            code: 'FEE_TARIFF_AMOUNT_INVALID',
            status: 422,
            detail: "L'importo dei diritti deve essere maggiore di zero.",
            field: 'tariffs.amount',
          });
        }
        const before = await manager.findOne(FeeTariff, { where: { practiceType: tariff.practiceType } });
        await manager.upsert(
          FeeTariff,
          {
            practiceType: tariff.practiceType,
            amount: amount.toFixed(2),
            description: tariff.description.trim(),
            source: tariff.source?.trim() || null,
            updatedBy: user.fiscalCode,
            updatedAt: this.clock.now(),
          },
          ['practiceType'],
        );
        await this.audit.record(
          {
            actor: user,
            action: 'permits.fee-tariff.update',
            resourceType: 'permit_fee_tariff',
            resourceId: tariff.practiceType,
            purpose: 'Aggiornamento dei diritti di segreteria',
            details: {
              before: before ? { amount: before.amount, description: before.description } : null,
              after: { amount: amount.toFixed(2), description: tariff.description },
            },
          },
          manager,
        );
      }
    });
    return this.tariffs();
  }

  /** Sets a charge on a practice and asks its titolare to pay it through pagoPA. */
  async createCharge(user: AuthUser, practiceId: string, dto: CreateChargeDto): Promise<PracticeChargeView> {
    const id = randomUUID();
    const paymentId = await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.practices.load(manager, practiceId);
      if (!aggregate) throw PermitErrors.practiceNotFound();
      const applicant = aggregate.parties.find((party) => party.role === 'applicant');
      if (!applicant) throw PermitErrors.practiceNotFound();
      const tariff = await manager.findOne(FeeTariff, { where: { practiceType: aggregate.record.type } });
      const { amount, description } = chargeTerms(dto, tariff, aggregate.record.type);
      const position = await this.payments.requestPayment(
        {
          kind: 'practice-fee',
          idempotencyKey: `practice-fee:${id}`,
          reference: { type: 'permit_practice_charge', id },
          payer: { fiscalCode: applicant.fiscalCode, name: `${applicant.givenName} ${applicant.familyName}` },
          amount,
          dueDate: new Date(Date.parse(`${this.clock.today()}T00:00:00Z`) + CHARGE_PAYMENT_DAYS * 86_400_000)
            .toISOString()
            .slice(0, 10),
          description: `${description} - pratica ${aggregate.record.protocolNumber}`,
          actor: user,
        },
        manager,
      );
      await manager.insert(PracticeCharge, {
        id,
        practiceId,
        kind: dto.kind,
        description,
        amount,
        paymentId: position.id,
        createdBy: user.fiscalCode,
        createdAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor: user,
          action: 'permits.practice.charge',
          subjectFiscalCode: applicant.fiscalCode,
          resourceType: 'permit_practice',
          resourceId: practiceId,
          purpose: 'Addebito di diritti sulla pratica edilizia',
          details: { chargeId: id, kind: dto.kind, amount, paymentId: position.id },
        },
        manager,
      );
      return position.id;
    });
    const position = await this.payments.publish(paymentId);
    const [charge] = await this.dataSource.getRepository(PracticeCharge).findBy({ id });
    return chargeView(charge as PracticeCharge, position.status);
  }

  /** The practice's charges with the state of their payment. */
  async chargesFor(practiceId: string): Promise<PracticeChargeView[]> {
    const charges = await this.dataSource
      .getRepository(PracticeCharge)
      .find({ where: { practiceId }, order: { createdAt: 'ASC' } });
    const positions = new Map(
      (await this.payments.findByIds(charges.map((charge) => charge.paymentId))).map((p) => [p.id, p]),
    );
    return charges.map((charge) => chargeView(charge, positions.get(charge.paymentId)?.status ?? 'pending'));
  }
}

function chargeTerms(
  dto: CreateChargeDto,
  tariff: FeeTariff | null,
  type: PracticeType,
): { amount: string; description: string } {
  if (dto.kind === 'diritti_segreteria' && !dto.amount && !tariff) {
    throw new DomainError({
      code: 'FEE_TARIFF_MISSING',
      status: 422,
      detail: `Per le pratiche ${PRACTICE_TYPE_INFO[type].acronym} non è impostata la tariffa dei diritti di segreteria: indicare l'importo o impostare la tariffa.`,
      field: 'amount',
    });
  }
  if (dto.kind === 'other' && (!dto.amount || !dto.description)) {
    throw new DomainError({
      code: 'CHARGE_TERMS_REQUIRED',
      status: 422,
      detail: "Per un addebito diverso dai diritti di segreteria indicare l'importo e la descrizione.",
      field: dto.amount ? 'description' : 'amount',
    });
  }
  const amount = new Decimal(dto.amount ?? tariff?.amount ?? '0');
  if (amount.lte(0)) {
    throw new DomainError({
      code: 'CHARGE_AMOUNT_INVALID',
      status: 422,
      detail: "L'importo dell'addebito deve essere maggiore di zero.",
      field: 'amount',
    });
  }
  return {
    amount: amount.toFixed(2),
    description: (dto.description ?? tariff?.description ?? 'Diritti di segreteria').trim(),
  };
}

function chargeView(charge: PracticeCharge, status: string): PracticeChargeView {
  return {
    id: charge.id,
    kind: charge.kind,
    description: charge.description,
    amount: charge.amount,
    status,
    paymentId: charge.paymentId,
  };
}
