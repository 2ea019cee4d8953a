import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { appConfig, municipalityConfig } from '../../config/app.config.js';
import type { Locale } from '../../notifications/content/message-content.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { CORRECTION_ANSWERED_ACTION } from '../access-log/registry-read.js';
import { rectificationAnswered } from '../notifications/rectification-answered.template.js';
import { RegistryErrors } from '../registry-errors.js';
import { staffRole } from '../staff/staff-role.js';
import type { AnswerCorrectionDto } from './correction.dto.js';
import { CorrectionRecords, type StoredCorrection } from './correction-records.js';
import { CorrectionRequest } from './correction-request.entity.js';
import type { StaffCorrectionView } from './correction-views.js';

/**
 * The registry office closes a rettifica request with an answer the resident reads in the personal area and by
 * e-mail. Optimistic: the answer names the version it was written against, so two clerks cannot both answer.
 */
@Injectable()
export class AnswerCorrection {
  constructor(
    private readonly corrections: CorrectionRecords,
    private readonly audit: AuditService,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  async answer(user: AuthUser, id: string, dto: AnswerCorrectionDto): Promise<StaffCorrectionView> {
    const today = this.clock.today();
    const answered = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CorrectionRequest)
        .set({
          state: dto.outcome,
          answer: dto.answer,
          answeredBy: user.fiscalCode,
          answeredAt: this.clock.now(),
          version: () => 'version + 1',
        })
        .where("id = :id AND state = 'open' AND version = :version", { id, version: dto.version })
        .execute();
      const stored = await this.corrections.findById(id, today, manager);
      if (!stored) throw RegistryErrors.correctionNotFound();
      if (result.affected !== 1) {
        throw stored.view.state.code === 'open'
          ? RegistryErrors.correctionVersionConflict(stored.view.version)
          : RegistryErrors.correctionAlreadyAnswered();
      }
      const { view } = stored;
      await this.audit.record(
        {
          actor: user,
          actorRole: staffRole(user),
          action: CORRECTION_ANSWERED_ACTION,
          subjectFiscalCode: view.subject.fiscalCode,
          resourceType: 'registry_correction',
          resourceId: view.id,
          purpose: `Risposta alla richiesta di rettifica n. ${view.reference}`,
          details: { reference: view.reference, outcome: dto.outcome },
        },
        manager,
      );
      await this.notifyRequester(manager, stored);
      return view;
    });
    this.outbox.deliverSoon();
    return answered;
  }

  /**
   * A message to the resident who filed the request: by e-mail when the identity provider gave an address,
   * always in their personal-area inbox.
   */
  private async notifyRequester(manager: EntityManager, stored: StoredCorrection): Promise<void> {
    const { view } = stored;
    const [requester]: { email: string | null; given_name: string; family_name: string }[] =
      await manager.query('SELECT email, given_name, family_name FROM app_user WHERE fiscal_code = $1', [
        view.requesterFiscalCode,
      ]);
    if (!requester || !view.answer) return;
    const answer = view.answer;
    const recipientName = `${requester.given_name} ${requester.family_name}`;
    const contentIn = (locale: Locale) =>
      rectificationAnswered({
        locale,
        municipalityName: this.municipality.name,
        recipientName,
        link: `${this.app.publicUrl}/i-miei-dati/rettifiche`,
        requestReference: view.reference,
        requestedAt: view.createdAt,
        outcome: view.state.code === 'accepted' ? 'accepted' : 'rejected',
        reply: answer,
      });
    await this.outbox.enqueue(manager, [
      {
        channel: requester.email ? 'email' : 'inbox',
        recipient: requester.email ?? view.requesterFiscalCode,
        recipientName,
        recipientFiscalCode: view.requesterFiscalCode,
        kind: 'registry.correction_answered',
        content: contentIn('it'),
        contentIn,
        resource: { type: 'registry_correction', id: view.id },
      },
    ]);
  }
}
