import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { amountToCents } from '../../payments/domain/amount.js';
import { PaymentsService } from '../../payments/services/payments.service.js';
import type { PaymentItemView } from '../../payments/views/payment-views.js';
import { PRACTICE_TYPE_INFO, type PracticeType } from '../domain/practice-type.js';
import { DraftRepository } from '../filing/draft-repository.js';
import { FilingErrors } from '../filing/filing-errors.js';
import { FilingFeePolicy, type FilingFeeState } from '../filing/filing-fee-policy.js';
import { FeeTariff } from './fee-tariff.entity.js';

/** A payments position, as the payments service hands it out. */
type PaymentPosition = NonNullable<Awaited<ReturnType<PaymentsService['findById']>>>;

/** Days the filer has to pay the notice of the filing fee before it expires and a new one is asked. */
const FILING_FEE_PAYMENT_DAYS = 30;
/** Notices one draft may ask in turn (each after the previous one expired or was cancelled). */
const MAX_FEE_NOTICES = 10;

/** The idempotency keys of a draft's fee notices, in the order they are asked. */
function feeKeys(draftId: string): string[] {
  return Array.from({ length: MAX_FEE_NOTICES }, (_, index) =>
    index === 0 ? `filing-fee:${draftId}` : `filing-fee:${draftId}:${index + 1}`,
  );
}

/**
 * The diritti di segreteria of a filing, paid with pagoPA inside the wizard before sending: the amount is the
 * office's tariff for the practice type (`/backoffice/pratiche/tariffe`); without a tariff, or at zero, nothing is
 * due. The filer (titolare or technician) pays it, so the notice is theirs in Pagamenti. A notice that expired
 * or was cancelled unpaid is replaced by the next one; one already asked keeps its amount even if the tariff
 * changes meanwhile.
 */
@Injectable()
export class FilingFeesService extends FilingFeePolicy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly payments: PaymentsService,
    private readonly drafts: DraftRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  async feeFor(draft: { id: string; type: PracticeType }): Promise<FilingFeeState> {
    const [tariff, current] = await Promise.all([this.tariff(draft.type), this.currentNotice(draft.id)]);
    if (current?.position.status === 'paid') return this.state('paid', current.position);
    if (!tariff)
      return { status: 'not_configured', amountCents: null, description: null, paymentReference: null };
    if (current && current.position.status !== 'expired' && current.position.status !== 'cancelled') {
      return this.state('due', current.position);
    }
    return {
      status: 'due',
      amountCents: amountToCents(tariff.amount),
      description: tariff.description,
      paymentReference: null,
    };
  }

  /** Asks (or returns the one already asked) the pagoPA notice of the draft's fee. */
  async requestNotice(draftId: string, user: AuthUser): Promise<{ created: boolean; item: PaymentItemView }> {
    const draft = await this.drafts.findForAuthor(draftId, user.fiscalCode);
    if (!draft) throw FilingErrors.draftNotFound();
    const current = await this.currentNotice(draft.id);
    if (current && current.position.status !== 'expired' && current.position.status !== 'cancelled') {
      return { created: false, item: this.payments.view(current.position) };
    }
    const tariff = await this.tariff(draft.type);
    if (!tariff) throw FilingErrors.noFeeDue();
    const keys = feeKeys(draft.id);
    const key = keys[current ? current.index + 1 : 0];
    if (!key) throw FilingErrors.noFeeDue();
    const dueDate = new Date(
      Date.parse(`${this.clock.today()}T00:00:00Z`) + FILING_FEE_PAYMENT_DAYS * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    const position = await this.payments.requestPayment({
      kind: 'practice-fee',
      idempotencyKey: key,
      reference: { type: 'permit_draft', id: draft.id },
      payer: { fiscalCode: user.fiscalCode, name: draft.authorName },
      amount: tariff.amount,
      dueDate,
      description: `${tariff.description} - ${PRACTICE_TYPE_INFO[draft.type].acronym} in presentazione`,
      actor: user,
    });
    return { created: true, item: this.payments.view(position) };
  }

  private async tariff(type: PracticeType): Promise<FeeTariff | null> {
    const tariff = await this.dataSource.getRepository(FeeTariff).findOne({ where: { practiceType: type } });
    return tariff && new Decimal(tariff.amount).gt(0) ? tariff : null;
  }

  /** The latest notice asked for the draft, with its place in the sequence. */
  private async currentNotice(draftId: string): Promise<{ index: number; position: PaymentPosition } | null> {
    const keys = feeKeys(draftId);
    const positions = await this.payments.findByKeys(keys);
    const paid = positions.find((position) => position.status === 'paid');
    if (paid) return { index: keys.indexOf(paid.idempotencyKey), position: paid };
    let latest: { index: number; position: PaymentPosition } | null = null;
    for (const position of positions) {
      const index = keys.indexOf(position.idempotencyKey);
      if (!latest || index > latest.index) latest = { index, position };
    }
    return latest;
  }

  private state(status: 'due' | 'paid', position: PaymentPosition): FilingFeeState {
    return {
      status,
      amountCents: amountToCents(position.amount),
      description: position.purpose,
      paymentReference: position.id,
    };
  }
}
