import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { addDays } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { municipalityConfig } from '../../config/app.config.js';
import { FileStore } from '../../storage/file-store.js';
import { CORRECTION_CREATED_ACTION } from '../access-log/registry-read.js';
import { RegistryErrors } from '../registry-errors.js';
import { ResidentRegistryReads } from '../resident/resident-registry-reads.service.js';
import type { SubmitCorrectionDto } from './correction.dto.js';
import type { UploadedAttachment } from './correction-attachment.interceptor.js';
import { CORRECTION_ANSWER_DAYS, CORRECTION_FIELD_LABELS } from './correction-labels.js';
import { CorrectionRecords } from './correction-records.js';
import { CorrectionRequest } from './correction-request.entity.js';
import type { CorrectionView } from './correction-views.js';
import { inspectAttachment } from './inspect-attachment.js';
import { registryHeldValue } from './registry-held-value.js';

/**
 * A resident asks the registry office to correct a datum of their own record or of a member of their household.
 * The evidence is checked by content and stored before the request; the request and its audit event commit
 * together.
 */
@Injectable()
export class SubmitCorrection {
  constructor(
    private readonly residentReads: ResidentRegistryReads,
    private readonly corrections: CorrectionRecords,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  private get municipalityLabel(): string {
    return `${this.municipality.name} (${this.municipality.province})`;
  }

  async submit(user: AuthUser, dto: SubmitCorrectionDto, file?: UploadedAttachment): Promise<CorrectionView> {
    const purpose = 'Richiesta di rettifica dei dati anagrafici';
    const self = await this.residentReads.registeredSelf(user, purpose);
    const subject =
      dto.personId && dto.personId !== self.id
        ? (await this.residentReads.memberOfOwnHousehold(user, dto.personId, purpose)).member
        : self;
    const currentValue = registryHeldValue(subject, dto.field, this.municipalityLabel) ?? dto.currentValue;
    if (!currentValue) throw RegistryErrors.correctionCurrentValueRequired();
    const attachment = file ? await this.storeAttachment(file) : null;
    const today = this.clock.today();
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ number }]: { number: string }[] = await manager.query(
        "SELECT nextval('registry_correction_number_seq')::text AS number",
      );
      const reference = `R-${today.slice(0, 4)}-${number.padStart(6, '0')}`;
      const saved = await manager.save(
        manager.create(CorrectionRequest, {
          reference,
          personId: subject.id,
          subjectFiscalCode: subject.fiscalCode,
          subjectGivenName: subject.givenName,
          subjectFamilyName: subject.familyName,
          requesterFiscalCode: user.fiscalCode,
          field: dto.field,
          currentValue,
          requestedValue: dto.requestedValue,
          reason: dto.reason,
          attachmentKey: attachment?.key ?? null,
          attachmentName: attachment?.fileName ?? null,
          attachmentMediaType: attachment?.mediaType ?? null,
          attachmentSize: attachment?.size ?? null,
          state: 'open',
          dueOn: addDays(today, CORRECTION_ANSWER_DAYS),
        }),
      );
      await this.audit.record(
        {
          actor: user,
          actorRole: 'resident',
          action: CORRECTION_CREATED_ACTION,
          subjectFiscalCode: subject.fiscalCode,
          resourceType: 'registry_correction',
          resourceId: saved.id,
          purpose: `Richiesta di rettifica n. ${reference} (${CORRECTION_FIELD_LABELS[dto.field]})`,
          details: { reference, field: dto.field },
        },
        manager,
      );
      return saved.id;
    });
    const stored = await this.corrections.findById(id, today);
    if (!stored) throw new Error(`Correction ${id} vanished after commit`);
    const {
      requesterFiscalCode: _r,
      ageDays: _a,
      overdue: _o,
      version: _v,
      answeredBy: _b,
      ...view
    } = stored.view;
    return view;
  }

  private async storeAttachment(file: UploadedAttachment) {
    const inspected = await inspectAttachment(file.buffer, file.originalname);
    const stored = await this.files.put(Readable.from([file.buffer]));
    return { ...inspected, key: stored.key, size: stored.size };
  }
}
