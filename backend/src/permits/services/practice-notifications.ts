import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, municipalityConfig, permitsConfig } from '../../config/app.config.js';
import type { Locale } from '../../notifications/content/message-content.js';
import type { OutgoingNotification } from '../../notifications/outbox/outgoing-notification.js';
import type { PracticeTransition } from '../domain/practice.js';
import { integrationReceived } from '../notifications/integration-received.template.js';
import { integrationRequested } from '../notifications/integration-requested.template.js';
import { practiceStateChanged } from '../notifications/practice-state-changed.template.js';
import type { PracticeSummary } from '../notifications/practice-summary.js';
import type { PracticeParty } from '../persistence/practice-party.entity.js';
import type { PracticeRecord } from '../persistence/practice-record.entity.js';

export interface AnsweredRequest {
  dueDate: string | null;
  documents: readonly string[];
}

/** Where the subject of the works is, as messages and lists print it. */
export function practiceSubject(record: PracticeRecord): string {
  const subaltern = record.cadastralSubaltern ? `, sub. ${record.cadastralSubaltern}` : '';
  return `${record.address} (Fg. ${record.cadastralSheet}, mapp. ${record.cadastralParcel}${subaltern})`;
}

/**
 * The messages a timeline entry causes: every entry is announced to each party, by e-mail when they gave an
 * address and always in their personal-area inbox (the integration request with its own message), and the
 * office hears when integrations arrive. Templates
 * never read the internal note.
 */
@Injectable()
export class PracticeNotifications {
  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(permitsConfig.KEY) private readonly permits: ConfigType<typeof permitsConfig>,
  ) {}

  forTransition(
    record: PracticeRecord,
    parties: readonly PracticeParty[],
    transition: PracticeTransition,
    answered: AnsweredRequest | null = null,
  ): OutgoingNotification[] {
    const practice: PracticeSummary = {
      protocolNumber: record.protocolNumber,
      protocolDate: record.protocolDate,
      type: record.type,
      subject: practiceSubject(record),
    };
    const resource = { type: 'permit_practice', id: record.id };
    const base = { locale: 'it' as const, municipalityName: this.municipality.name };
    const seenAddresses = new Set<string>();
    const seenPeople = new Set<string>();
    const messages: OutgoingNotification[] = [];
    for (const party of parties) {
      if (seenPeople.has(party.fiscalCode)) continue;
      seenPeople.add(party.fiscalCode);
      const address = party.email?.trim();
      // One e-mail per address; a party without one of their own still finds the message in their inbox.
      const emailed = address !== undefined && address !== '' && !seenAddresses.has(address.toLowerCase());
      if (emailed) seenAddresses.add(address.toLowerCase());
      const recipientName = `${party.givenName} ${party.familyName}`;
      const params = {
        ...base,
        recipientName,
        link: `${this.app.publicUrl}/pratiche/${record.id}`,
        practice,
        transition,
      };
      const integration = transition.to === 'integration_requested';
      const contentIn = (locale: Locale) =>
        integration
          ? integrationRequested({ ...params, locale })
          : practiceStateChanged({ ...params, locale });
      messages.push({
        channel: emailed ? 'email' : 'inbox',
        recipient: emailed ? address : party.fiscalCode,
        recipientName,
        recipientFiscalCode: party.fiscalCode,
        kind: integration ? 'permits.integration_requested' : 'permits.state_changed',
        content: contentIn('it'),
        contentIn,
        resource,
      });
    }
    if (transition.to === 'integrations_submitted' && answered) {
      messages.push({
        channel: 'email',
        recipient: this.permits.officeEmail,
        kind: 'permits.integration_received',
        content: integrationReceived({
          ...base,
          link: `${this.app.publicUrl}/backoffice/pratiche/${record.id}`,
          practice,
          transition,
          dueDate: answered.dueDate,
          documents: answered.documents,
        }),
        resource,
      });
    }
    return messages;
  }
}
