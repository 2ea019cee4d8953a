import type { Locale } from '../../common/italian/format-date.js';

export type { Locale };

export interface MessageFact {
  label: string;
  value: string;
}

/** Building blocks of a message. All text is plain text: each channel escapes and formats it its own way. */
export type MessageBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: readonly MessageFact[] }
  | { kind: 'list'; title: string; items: readonly string[] }
  | { kind: 'quote'; title: string; text: string };

export interface MessageAction {
  label: string;
  url: string;
}

/**
 * A file that goes with the message, as text (e.g. an `.ics` calendar event). Channels that can carry files
 * (e-mail) attach it; the others (App IO) leave it out, so the blocks must make sense without it.
 */
export interface MessageAttachment {
  filename: string;
  /** MIME type with its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  content: string;
}

/**
 * What a notification says, independent of the channel that carries it. E-mail renders it with `renderEmail`;
 * App IO can render the same content as its subject (10-120 characters, so subjects stay short) and Markdown
 * body with the action as call-to-action, without touching the templates.
 */
export interface MessageContent {
  locale: Locale;
  subject: string;
  /** Who speaks: the comune and its office. */
  sender: string;
  blocks: readonly MessageBlock[];
  action: MessageAction;
  /** The deadline the message is about (ISO 8601 date-time): App IO shows it and offers a reminder. */
  dueDate?: string;
  /** The pagoPA notice to pay, when there is one: App IO shows a button to pay it. */
  payment?: MessagePayment;
  attachments?: readonly MessageAttachment[];
}

export interface MessagePayment {
  /** Numero avviso: 18 digits. */
  noticeNumber: string;
  amountCents: number;
}

/** What every template needs besides its own facts. */
export interface MessageBaseParams {
  locale: Locale;
  /** As configured, e.g. `Spino d'Adda`. */
  municipalityName: string;
  /** The addressee of a message to a person; without it the message opens with a plain greeting. */
  recipientName?: string | null;
  /** Absolute http(s) address of the page the message is about. */
  link: string;
}

/** A button to a web page; anything but an absolute http(s) address is a configuration bug. */
export function messageAction(label: string, url: string): MessageAction {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`Notification link is not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError(`Notification link must be http(s): ${url}`);
  }
  return { label, url: parsed.href };
}

/** Opens a message to a person; the following paragraph starts in lower case, Italian letter style. */
export function greeting(params: MessageBaseParams): MessageBlock {
  const name = params.recipientName?.trim();
  const it = params.locale === 'it';
  return {
    kind: 'paragraph',
    text: name ? `${it ? 'Gentile' : 'Dear'} ${name},` : it ? 'Buongiorno,' : 'Hello,',
  };
}
