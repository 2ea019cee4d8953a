import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CertificateRequest } from './certificate-request.entity.js';

@Injectable()
export class CertificateRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serializes one requester's pagoPA requests, so two clicks cannot both create one. */
  async lockRequester(manager: EntityManager, fiscalCode: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`certificate-request:${fiscalCode}`]);
  }

  /** The same request still waiting: by the client's Idempotency-Key, or the same content recently. */
  findRepeat(
    manager: EntityManager,
    requesterFiscalCode: string,
    idempotencyKey: string | undefined,
    fingerprint: string,
    since: Date,
  ): Promise<CertificateRequest | null> {
    const query = manager
      .getRepository(CertificateRequest)
      .createQueryBuilder('r')
      .where('r.requesterFiscalCode = :requesterFiscalCode', { requesterFiscalCode });
    if (idempotencyKey) query.andWhere('r.idempotencyKey = :idempotencyKey', { idempotencyKey });
    else
      query.andWhere(
        `r.fingerprint = :fingerprint AND r.status = 'awaiting-payment' AND r.createdAt >= :since`,
        { fingerprint, since },
      );
    return query.orderBy('r.createdAt', 'DESC').getOne();
  }

  async insert(manager: EntityManager, request: CertificateRequest): Promise<void> {
    await manager.insert(CertificateRequest, request);
  }

  lock(manager: EntityManager, id: string): Promise<CertificateRequest | null> {
    return manager.findOne(CertificateRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, changes: Partial<CertificateRequest>): Promise<void> {
    await manager.update(CertificateRequest, { id }, changes);
  }

  /** The requester's requests still waiting for their payment (or whose follow-up failed), newest first. */
  listOpen(requesterFiscalCode: string): Promise<CertificateRequest[]> {
    return this.dataSource
      .getRepository(CertificateRequest)
      .createQueryBuilder('r')
      .where(`r.requesterFiscalCode = :requesterFiscalCode AND r.status IN ('awaiting-payment', 'failed')`, {
        requesterFiscalCode,
      })
      .orderBy('r.createdAt', 'DESC')
      .getMany();
  }
}
