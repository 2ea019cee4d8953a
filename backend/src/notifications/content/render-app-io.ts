import type { Locale, MessageBlock, MessageContent } from './message-content.js';

/** App IO's limits on a message (`MessageContent` of `pagopa/io-functions-services`): characters, inclusive. */
export const APP_IO_LIMITS = {
  subjectMin: 10,
  subjectMax: 120,
  markdownMin: 80,
  markdownMax: 10_000,
} as const;

export interface AppIoMessage {
  subject: string;
  markdown: string;
}

const FOOTER: Readonly<Record<Locale, { automatic: string; more: string; fallbackSubject: string }>> = {
  it: {
    automatic:
      'Messaggio inviato automaticamente dal portale dei servizi: lo trovi anche nella tua area personale.',
    more: '… Il testo completo è nella tua area personale.',
    fallbackSubject: 'Comunicazione dal Comune',
  },
  en: {
    automatic: 'Message sent automatically by the services portal: you also find it in your personal area.',
    more: '… The full text is in your personal area.',
    fallbackSubject: 'A message from the Comune',
  },
};

/** Longest sender or button label kept: they are names, not texts. */
const NAME_LENGTH = 200;
const URL_LENGTH = 2_000;

/** Cuts at `length` UTF-16 units without leaving half of a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** Shortens to `length`, at a word boundary when one is near, marking the cut with an ellipsis. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = cut(text, length - 1);
  const space = head.lastIndexOf(' ');
  return `${space > length * 0.6 ? head.slice(0, space) : head}…`;
}

/** Plain text as Markdown text: characters Markdown would read as formatting are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\p{Cc}/gu, (character) => (character === '\n' ? '\n' : ' '))
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([-+=]|\d+\.)(?=\s)/gm, (_match, space: string, marker: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    );
}

function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function markdownBlock(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'facts':
      return block.facts
        .map((fact) => `- **${escapeMarkdown(oneLine(fact.label))}**: ${escapeMarkdown(oneLine(fact.value))}`)
        .join('\n');
    case 'list':
      return [
        `**${escapeMarkdown(oneLine(block.title))}**`,
        ...block.items.map((item) => `- ${escapeMarkdown(oneLine(item))}`),
      ].join('\n');
    case 'quote':
      return [
        `**${escapeMarkdown(oneLine(block.title))}**`,
        ...escapeMarkdown(block.text)
          .split('\n')
          .map((line) => `> ${line}`),
      ].join('\n');
  }
}

/** 10–120 characters, one line: the message's own subject, completed with the sender when too short. */
function subjectOf(content: MessageContent): string {
  const footer = FOOTER[content.locale] ?? FOOTER.it;
  let subject = oneLine(content.subject);
  if (subject.length < APP_IO_LIMITS.subjectMin) {
    subject = oneLine(`${subject} - ${oneLine(content.sender)}`).replace(/^- /, '');
  }
  if (subject.length < APP_IO_LIMITS.subjectMin) subject = footer.fallbackSubject;
  return shorten(subject, APP_IO_LIMITS.subjectMax);
}

/**
 * The App IO form of a message: its subject and a Markdown body with the sender, the blocks, the action as a
 * link and a closing line. Always within IO's limits whatever the content: a body too long loses its last
 * blocks (the personal area keeps the whole text), a short one is completed by the closing line.
 */
export function renderAppIo(content: MessageContent): AppIoMessage {
  const footer = FOOTER[content.locale] ?? FOOTER.it;
  const sender = `**${escapeMarkdown(shorten(oneLine(content.sender), NAME_LENGTH))}**`;
  const url = cut(content.action.url, URL_LENGTH).replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
  const action = `[${escapeMarkdown(shorten(oneLine(content.action.label), NAME_LENGTH))}](${url})`;
  const closing = [action, escapeMarkdown(footer.automatic)];
  const fixedLength = [sender, ...closing].join('\n\n').length;
  let room = APP_IO_LIMITS.markdownMax - fixedLength - '\n\n'.length;
  const body: string[] = [];
  for (const block of content.blocks) {
    const text = markdownBlock(block);
    if (text.length + 2 <= room) {
      body.push(text);
      room -= text.length + 2;
      continue;
    }
    const more = escapeMarkdown(footer.more);
    if (room > more.length + 2) body.push(`${cut(text, room - more.length - 2).trimEnd()}${more}`);
    break;
  }
  let markdown = [sender, ...body, ...closing].join('\n\n');
  if (markdown.length < APP_IO_LIMITS.markdownMin) {
    markdown = `${markdown}\n\n${'\u2014'.repeat(APP_IO_LIMITS.markdownMin - markdown.length)}`;
  }
  return { subject: subjectOf(content), markdown };
}
