import type { NotificationTopic } from '../content/notification-topics.js';

export interface ChannelChoice {
  email: boolean;
  appIo: boolean;
}

/** Without a choice of their own a resident hears by every channel the portal has for them. */
export const DEFAULT_CHOICE: ChannelChoice = { email: true, appIo: true };

export type StoredChoices = ReadonlyMap<string, ChannelChoice>;

export function choiceKey(fiscalCode: string, topic: NotificationTopic): string {
  return `${fiscalCode}|${topic}`;
}

export function choiceOf(
  choices: StoredChoices,
  fiscalCode: string,
  topic: NotificationTopic,
): ChannelChoice {
  return choices.get(choiceKey(fiscalCode, topic)) ?? DEFAULT_CHOICE;
}
