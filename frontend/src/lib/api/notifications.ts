import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `notifications`: the resident's channels per topic, and the staff's delivery view. */

type Schemas = components['schemas'];

export type NotificationPreferences = Schemas['NotificationPreferencesView'];
export type TopicPreference = Schemas['TopicPreferenceView'];
export type NotificationTopic = TopicPreference['topic'];
export type DeliveredMessagePage = Schemas['DeliveredMessagePageView'];
export type DeliveryFilter = 'all' | 'failed' | 'pending' | 'skipped' | 'sent';

/** `GET /api/me/notification-preferences`. */
export function getNotificationPreferences(): Promise<NotificationPreferences> {
  return bodyOf(serverApi().GET('/api/me/notification-preferences'));
}

/** `PUT /api/me/notification-preferences`: topics left out keep their choice. */
export function updateNotificationPreferences(
  topics: Schemas['TopicPreferenceDto'][],
): Promise<NotificationPreferences> {
  return bodyOf(serverApi().PUT('/api/me/notification-preferences', { body: { topics } }));
}

/** `GET /api/staff/notifications`: messages of the caller's offices, per channel. */
export function getDeliveries(status: DeliveryFilter, page: number): Promise<DeliveredMessagePage> {
  return bodyOf(
    serverApi().GET('/api/staff/notifications', { params: { query: { status, page, pageSize: 25 } } }),
  );
}
