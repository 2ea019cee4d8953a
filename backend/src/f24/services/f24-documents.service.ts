import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { FileStore } from '../../storage/file-store.js';
import { F24Errors } from '../f24-errors.js';
import { euroString } from '../http/euro-json.js';
import { instalmentName } from '../http/instalment-param.js';
import { F24DocumentRecord } from '../persistence/f24-document.entity.js';
import type { F24DocumentView } from '../views/f24-views.js';

const INSTALMENT_ORDER = { first: 0, balance: 1, single: 2 } as const;

/** The precompiled F24s the comune prepared for the resident, newest year first. */
@Injectable()
export class F24DocumentsService {
  constructor(
    @InjectRepository(F24DocumentRecord) private readonly documents: Repository<F24DocumentRecord>,
    private readonly files: FileStore,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<F24DocumentView[]> {
    const rows = await this.documents.find({
      where: { taxpayerFiscalCode: user.fiscalCode },
      order: { year: 'DESC' },
    });
    rows.sort((a, b) => b.year - a.year || INSTALMENT_ORDER[a.instalment] - INSTALMENT_ORDER[b.instalment]);
    return rows.map((row) => ({
      id: row.id,
      year: row.year,
      instalment: instalmentName(row.instalment),
      total: euroString(row.totalCents),
      generatedAt: row.generatedAt.toISOString(),
      download: `/api/f24/documents/${row.id}.pdf`,
    }));
  }

  /** Only the caller's own: another taxpayer's id is answered like an unknown one. */
  async open(user: AuthUser, id: string): Promise<{ stream: Readable; filename: string }> {
    const row = await this.documents.findOneBy({ id, taxpayerFiscalCode: user.fiscalCode });
    if (!row) throw F24Errors.documentNotFound();
    await this.audit.record({
      actor: user,
      actorRole: 'resident',
      action: 'f24.document.download',
      subjectFiscalCode: user.fiscalCode,
      resourceType: 'f24_document',
      resourceId: id,
      purpose: 'Modello F24 precompilato scaricato dal contribuente',
    });
    return {
      stream: await this.files.open(row.fileKey),
      filename: `F24-IMU-${row.year}-${instalmentName(row.instalment)}.pdf`,
    };
  }
}
