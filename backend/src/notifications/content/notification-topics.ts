/**
 * What a message is about, as the resident chooses channels for it in the personal area and as each topic has
 * its own App IO service (API key). One entry per topic: the preferences, the page and the IO keys read it.
 */
export const NOTIFICATION_TOPICS = ['permits', 'certificates', 'registry', 'taxes', 'documents'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** The topic of each message kind a resident receives; office messages (no kind here) follow no preference. */
const TOPIC_OF_KIND: Readonly<Record<string, NotificationTopic>> = {
  'permits.state_changed': 'permits',
  'permits.integration_requested': 'permits',
  'certificates.issued': 'certificates',
  'registry.correction_answered': 'registry',
  'taxes.imu_reminder': 'taxes',
  'registry.identity_card_expiring': 'documents',
};

export function topicOfKind(kind: string): NotificationTopic | null {
  return Object.hasOwn(TOPIC_OF_KIND, kind) ? TOPIC_OF_KIND[kind] : null;
}

export function isNotificationTopic(value: unknown): value is NotificationTopic {
  return typeof value === 'string' && (NOTIFICATION_TOPICS as readonly string[]).includes(value);
}
