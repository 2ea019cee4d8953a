import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { likeLiteral } from '../../common/sql/like-literal.js';
import type { PaymentKind, PaymentStatus } from '../domain/payment-kinds.js';
import { PaymentPosition } from './payment-position.entity.js';

export interface StaffPaymentFilter {
  kinds: PaymentKind[];
  status?: PaymentStatus;
  from?: string;
  to?: string;
  q?: string;
  offset: number;
  limit: number;
}

export interface PaymentTotals {
  count: number;
  amount: string;
  paidCount: number;
  paidAmount: string;
  dueAmount: string;
}

@Injectable()
export class PaymentPositionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  nextIuvSequence(manager: EntityManager): Promise<string> {
    return manager
      .query(`SELECT nextval('payment_iuv_seq')::text AS value`)
      .then((rows: { value: string }[]) => rows[0]?.value ?? '');
  }

  /** Inserts unless a position with the same idempotency key exists; true when inserted. */
  async insertOnce(manager: EntityManager, position: PaymentPosition): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(PaymentPosition)
      .values(position)
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  findByIdempotencyKey(manager: EntityManager, key: string): Promise<PaymentPosition | null> {
    return manager.findOne(PaymentPosition, { where: { idempotencyKey: key } });
  }

  findByIdempotencyKeys(keys: string[]): Promise<PaymentPosition[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where('p.idempotencyKey IN (:...keys)', { keys })
      .getMany();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PaymentPosition | null> {
    return manager.findOne(PaymentPosition, { where: { id } });
  }

  findByIds(ids: string[]): Promise<PaymentPosition[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids })
      .getMany();
  }

  findOwned(id: string, payerFiscalCode: string): Promise<PaymentPosition | null> {
    return this.dataSource.getRepository(PaymentPosition).findOne({ where: { id, payerFiscalCode } });
  }

  /** Row-locked for the receipt transaction. */
  lockByIupd(manager: EntityManager, iupd: string): Promise<PaymentPosition | null> {
    return manager.findOne(PaymentPosition, { where: { iupd }, lock: { mode: 'pessimistic_write' } });
  }

  findByIupds(iupds: string[]): Promise<PaymentPosition[]> {
    if (iupds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where('p.iupd IN (:...iupds)', { iupds })
      .getMany();
  }

  /** To pay first (by due date), then the others newest first. */
  listByPayer(payerFiscalCode: string): Promise<PaymentPosition[]> {
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where('p.payerFiscalCode = :payerFiscalCode', { payerFiscalCode })
      .orderBy(`CASE WHEN p.status IN ('pending', 'due') THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE WHEN p.status IN ('pending', 'due') THEN p.due_date END`, 'ASC')
      .addOrderBy('COALESCE(p.paid_at, p.updated_at)', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * Claims up to `limit` positions whose next GPD step is due (a pending creation to retry, a due position to
   * poll), pushing their next attempt `leaseMs` away so another replica skips them meanwhile.
   */
  async claimWork(status: 'pending' | 'due', limit: number, leaseMs: number): Promise<PaymentPosition[]> {
    // A CTE, so the driver answers plain rows (TypeORM returns [rows, count] for a bare UPDATE).
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE payment_position SET next_attempt_at = now() + $3::int * interval '1 millisecond'
          WHERE id IN (SELECT id FROM payment_position
                        WHERE status = $1 AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                        ORDER BY next_attempt_at NULLS FIRST LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id FROM claimed`,
      [status, limit, leaseMs],
    );
    return this.findByIds(rows.map((row) => row.id));
  }

  async update(manager: EntityManager, id: string, changes: Partial<PaymentPosition>): Promise<void> {
    await manager.update(PaymentPosition, { id }, { ...changes, updatedAt: new Date() });
  }

  paidBetween(from: Date, to: Date): Promise<PaymentPosition[]> {
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where(`p.status = 'paid' AND p.paid_at >= :from AND p.paid_at < :to`, { from, to })
      .getMany();
  }

  stalePending(olderThan: Date): Promise<PaymentPosition[]> {
    return this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where(`p.status = 'pending' AND p.created_at < :olderThan`, { olderThan })
      .getMany();
  }

  async listForStaff(
    filter: StaffPaymentFilter,
  ): Promise<{ items: PaymentPosition[]; totals: PaymentTotals }> {
    const query = this.dataSource
      .getRepository(PaymentPosition)
      .createQueryBuilder('p')
      .where('p.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('p.due_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('p.due_date <= :to', { to: filter.to });
    if (filter.q) {
      query.andWhere(
        `(p.payer_fiscal_code ILIKE :q OR p.payer_name ILIKE :q OR p.notice_number LIKE :q OR p.purpose ILIKE :q)`,
        { q: `%${likeLiteral(filter.q)}%` },
      );
    }
    const totalsRow: Record<string, string> | undefined = await query
      .clone()
      .select('COUNT(*)::int', 'count')
      .addSelect('COALESCE(SUM(p.amount), 0)::numeric(14,2)::text', 'amount')
      .addSelect(`COUNT(*) FILTER (WHERE p.status = 'paid')::int`, 'paidCount')
      .addSelect(
        `COALESCE(SUM(p.amount) FILTER (WHERE p.status = 'paid'), 0)::numeric(14,2)::text`,
        'paidAmount',
      )
      .addSelect(
        `COALESCE(SUM(p.amount) FILTER (WHERE p.status IN ('pending', 'due')), 0)::numeric(14,2)::text`,
        'dueAmount',
      )
      .getRawOne();
    const items = await query
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getMany();
    return {
      items,
      totals: {
        count: Number(totalsRow?.count ?? 0),
        amount: totalsRow?.amount ?? '0.00',
        paidCount: Number(totalsRow?.paidCount ?? 0),
        paidAmount: totalsRow?.paidAmount ?? '0.00',
        dueAmount: totalsRow?.dueAmount ?? '0.00',
      },
    };
  }
}
