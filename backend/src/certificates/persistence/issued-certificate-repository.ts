import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { marcaAlreadyUsed } from '../domain/stamp-duty.js';
import { IssuedCertificate } from './issued-certificate.entity.js';

const MARCA_UNIQUE = 'issued_certificate_marca_id_key';

/** What the public verification needs of a certificate: no PDF, no requester. */
export type VerifiableCertificate = Pick<
  IssuedCertificate,
  'id' | 'code' | 'subjectFiscalCode' | 'content' | 'sealToken'
>;

export type DownloadableCertificate = Pick<
  IssuedCertificate,
  'id' | 'code' | 'subjectFiscalCode' | 'issuedAt' | 'pdfSha256' | 'pdf'
>;

@Injectable()
export class IssuedCertificateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the issuing transaction; a marca da bollo already used elsewhere is the domain's 409. */
  async insert(manager: EntityManager, certificate: IssuedCertificate): Promise<void> {
    try {
      await manager.insert(IssuedCertificate, certificate);
    } catch (error) {
      const driverError =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string; constraint?: string })
          : {};
      if (driverError.code === '23505' && driverError.constraint === MARCA_UNIQUE) throw marcaAlreadyUsed();
      throw error;
    }
  }

  /** The caller's archive, newest first, one page after the `before` cursor. */
  listByRequester(
    requesterFiscalCode: string,
    limit: number,
    before?: { issuedAt: Date; id: string },
  ): Promise<IssuedCertificate[]> {
    const query = this.dataSource
      .getRepository(IssuedCertificate)
      .createQueryBuilder('certificate')
      .where('certificate.requesterFiscalCode = :requesterFiscalCode', { requesterFiscalCode })
      .orderBy('certificate.issuedAt', 'DESC')
      .addOrderBy('certificate.id', 'DESC')
      .limit(limit);
    if (before) {
      query.andWhere('(certificate.issuedAt, certificate.id) < (:issuedAt, :id)', before);
    }
    return query.getMany();
  }

  /** Only the requester's own certificate: somebody else's id is simply not found. */
  findDownloadable(id: string, requesterFiscalCode: string): Promise<DownloadableCertificate | null> {
    return this.dataSource.getRepository(IssuedCertificate).findOne({
      select: { id: true, code: true, subjectFiscalCode: true, issuedAt: true, pdfSha256: true, pdf: true },
      where: { id, requesterFiscalCode },
    });
  }

  findVerifiable(code: string): Promise<VerifiableCertificate | null> {
    return this.dataSource.getRepository(IssuedCertificate).findOne({
      select: { id: true, code: true, subjectFiscalCode: true, content: true, sealToken: true },
      where: { code },
    });
  }
}
