import type { Locale, MessageBlock, MessageContent } from './message-content.js';

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const FOOTER: Readonly<Record<Locale, { fallback: string; automatic: string }>> = {
  it: {
    fallback: 'Se il pulsante non funziona, copia questo indirizzo nel browser:',
    automatic: 'Questo messaggio è stato inviato automaticamente: non rispondere a questa e-mail.',
  },
  en: {
    fallback: 'If the button does not work, copy this address into your browser:',
    automatic: 'This message was sent automatically: please do not reply to this e-mail.',
  },
};

const STYLE = {
  body: 'margin:0;padding:0;background:#f2f2f2;',
  card: 'max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1a1a1a;font-family:"Titillium Web",Geneva,Tahoma,sans-serif;font-size:16px;line-height:1.5;',
  sender: 'margin:0 0 16px;color:#0066cc;font-weight:600;',
  title: 'margin:0 0 16px;font-size:22px;line-height:1.3;',
  paragraph: 'margin:0 0 16px;',
  facts: 'border-collapse:collapse;margin:0 0 16px;',
  factLabel: 'padding:4px 16px 4px 0;text-align:left;vertical-align:top;color:#5c6f82;font-weight:600;',
  factValue: 'padding:4px 0;vertical-align:top;',
  quote: 'margin:0 0 16px;padding:8px 16px;border-left:4px solid #0066cc;background:#f5f9fc;',
  button:
    'display:inline-block;padding:12px 24px;background:#0066cc;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600;',
  small: 'margin:16px 0 0;color:#5c6f82;font-size:14px;',
};

/** One header line: a subject never carries a line break. */
function subjectLine(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim();
}

function htmlText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function htmlBlock(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${htmlText(block.text)}</p>`;
    case 'facts':
      return `<table role="presentation" style="${STYLE.facts}">${block.facts
        .map(
          (fact) =>
            `<tr><th scope="row" style="${STYLE.factLabel}">${escapeHtml(fact.label)}</th><td style="${STYLE.factValue}">${htmlText(fact.value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'list':
      return `<p style="${STYLE.paragraph}"><strong>${escapeHtml(block.title)}</strong></p><ul style="${STYLE.paragraph}">${block.items
        .map((item) => `<li>${htmlText(item)}</li>`)
        .join('')}</ul>`;
    case 'quote':
      return `<p style="${STYLE.paragraph}"><strong>${escapeHtml(block.title)}</strong></p><blockquote style="${STYLE.quote}">${htmlText(block.text)}</blockquote>`;
  }
}

function textBlock(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n');
    case 'list':
      return [`${block.title}:`, ...block.items.map((item) => `- ${item}`)].join('\n');
    case 'quote':
      return `${block.title}:\n${block.text}`;
  }
}

/** The e-mail form of a message: a plain-text part and an HTML part where every piece of text is escaped. */
export function renderEmail(content: MessageContent): EmailMessage {
  const subject = subjectLine(content.subject);
  const footer = FOOTER[content.locale];
  const text = [
    content.sender,
    ...content.blocks.map(textBlock),
    `${content.action.label}: ${content.action.url}`,
    `--\n${content.sender}\n${footer.automatic}`,
  ].join('\n\n');
  const url = escapeHtml(content.action.url);
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${content.locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    `<p style="${STYLE.sender}">${escapeHtml(content.sender)}</p>`,
    `<h1 style="${STYLE.title}">${escapeHtml(subject)}</h1>`,
    ...content.blocks.map(htmlBlock),
    `<p style="${STYLE.paragraph}"><a href="${url}" style="${STYLE.button}">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="${STYLE.small}">${escapeHtml(footer.fallback)}<br><a href="${url}">${url}</a></p>`,
    `<p style="${STYLE.small}">${escapeHtml(content.sender)}<br>${escapeHtml(footer.automatic)}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html: `${html}\n` };
}
