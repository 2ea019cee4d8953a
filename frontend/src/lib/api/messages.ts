import { ApiError } from './api-error';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `messages`: every notification the portal sent to the logged-in person. */

type Schemas = components['schemas'];

export type Message = Schemas['MessageView'];
export type MessageBlock = Message['blocks'][number];
/** `GET /api/messages`. */
export type MessagePage = Schemas['MessagePageView'];

export const MESSAGE_PAGE_SIZE = 10;

export function getMessages(page = 1, onlyUnread = false): Promise<MessagePage> {
  const query = { page, pageSize: MESSAGE_PAGE_SIZE, ...(onlyUnread ? { unread: true } : {}) };
  return bodyOf(serverApi().GET('/api/messages', { params: { query } }));
}

/**
 * The logged-in person's unread messages, for the header; `null` when the backend cannot say (the header then
 * shows no count rather than failing the page).
 */
export async function getUnreadMessageCount(): Promise<number | null> {
  try {
    const query = { pageSize: 1, unread: true };
    return (await bodyOf(serverApi().GET('/api/messages', { params: { query } }))).unread;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status !== 401)
      console.warn(`Unread messages unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

export function markMessageRead(id: string): Promise<Message> {
  return bodyOf(serverApi().POST('/api/messages/{id}/read', { params: { path: { id } } }));
}
