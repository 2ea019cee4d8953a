import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { addDays } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { municipalityConfig, registryConfig } from '../../config/app.config.js';
import { ProtocolRegister } from '../../protocol/protocol-register.js';
import { FileStore } from '../../storage/file-store.js';
import { CORRECTION_CREATED_ACTION } from '../access-log/registry-read.js';
import { RegistryErrors } from '../registry-errors.js';
import { ResidentRegistryReads } from '../resident/resident-registry-reads.service.js';
import type { SubmitCorrectionDto } from './correction.dto.js';
import type { UploadedAttachment } from './correction-attachment.interceptor.js';
import { CORRECTION_FIELD_LABELS } from './correction-labels.js';
import { CorrectionRecords } from './correction-records.js';
import { CorrectionRequest } from './correction-request.entity.js';
import type { CorrectionView } from './correction-views.js';
import { inspectAttachment } from './inspect-attachment.js';
import { registryHeldValue } from './registry-held-value.js';

/** The organisational unit the protocol assigns rettifiche to. */
const REGISTRY_OFFICE = 'Ufficio anagrafe';

/**
 * A resident asks the registry office to correct a datum of their own record or of a member of their household.
 * The evidence is checked by content and stored before the request; the request, its incoming protocol entry and
 * its audit event commit together. The office's term (REGISTRY_CORRECTION_TERM_DAYS, L. 241/1990 art. 2) runs
 * from the protocol registration, the moment the comune takes the request in charge.
 */
@Injectable()
export class SubmitCorrection {
  constructor(
    private readonly residentReads: ResidentRegistryReads,
    private readonly corrections: CorrectionRecords,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly protocol: ProtocolRegister,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(registryConfig.KEY) private readonly registry: ConfigType<typeof registryConfig>,
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
    const now = this.clock.now();
    const today = romeDay(now);
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ number }]: { number: string }[] = await manager.query(
        "SELECT nextval('registry_correction_number_seq')::text AS number",
      );
      const reference = `R-${today.slice(0, 4)}-${number.padStart(6, '0')}`;
      const correctionId = randomUUID();
      const registration = await this.protocol.register(
        {
          direction: 'incoming',
          subject: `Richiesta di rettifica anagrafica n. ${reference} (${CORRECTION_FIELD_LABELS[dto.field]})`,
          office: REGISTRY_OFFICE,
          correspondent: `${user.givenName} ${user.familyName}`,
          resource: { type: 'registry_correction', id: correctionId },
          registeredAt: now,
        },
        manager,
      );
      const saved = await manager.save(
        manager.create(CorrectionRequest, {
          id: correctionId,
          reference,
          protocolNumber: registration.label,
          takenInChargeAt: registration.registeredAt,
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
          dueOn: addDays(romeDay(registration.registeredAt), this.registry.correctionTermDays),
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
          details: { reference, field: dto.field, protocolNumber: registration.label },
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
