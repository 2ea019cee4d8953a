import { ApiError } from './api-error';
import { apiFetch } from './api-fetch';

/** Backend module `messages`: every notification the portal sent to the logged-in person. */

export type MessageBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'quote'; title: string; text: string };

export interface Message {
  id: string;
  kind: string;
  locale: 'it' | 'en';
  subject: string;
  sender: string;
  blocks: MessageBlock[];
  /** The page the message is about, as an absolute address. */
  action: { label: string; url: string };
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/messages`. */
export interface MessagePage {
  total: number;
  /** Unread messages whatever the page. */
  unread: number;
  page: number;
  pageSize: number;
  items: Message[];
}

export const MESSAGE_PAGE_SIZE = 10;

export function getMessages(page = 1, onlyUnread = false): Promise<MessagePage> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(MESSAGE_PAGE_SIZE) });
  if (onlyUnread) query.set('unread', 'true');
  return apiFetch<MessagePage>(`/api/messages?${query}`);
}

/**
 * The logged-in person's unread messages, for the header; `null` when the backend cannot say (the header then
 * shows no count rather than failing the page).
 */
export async function getUnreadMessageCount(): Promise<number | null> {
  try {
    return (await apiFetch<MessagePage>('/api/messages?pageSize=1&unread=true')).unread;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status !== 401)
      console.warn(`Unread messages unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

export function markMessageRead(id: string): Promise<Message> {
  return apiFetch<Message>(`/api/messages/${encodeURIComponent(id)}/read`, { method: 'POST' });
}
