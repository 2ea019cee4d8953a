import { describe, expect, it } from 'vitest';
import { formatDate } from '../../common/italian/format-date.js';
import { type MessageContent, messageAction } from './message-content.js';
import { escapeHtml, renderEmail } from './render-email.js';

const HOSTILE = `<script>alert("x")</script> & 'co'`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;';

function content(overrides: Partial<MessageContent> = {}): MessageContent {
  return {
    locale: 'it',
    subject: 'Pratica edilizia n. 12/2026: In istruttoria',
    sender: "Comune di Spino d'Adda – Sportello Unico per l’Edilizia",
    blocks: [
      { kind: 'paragraph', text: `Testo ${HOSTILE}\nseconda riga` },
      { kind: 'facts', facts: [{ label: `Etichetta ${HOSTILE}`, value: `Valore ${HOSTILE}` }] },
      { kind: 'list', title: `Elenco ${HOSTILE}`, items: [`Voce ${HOSTILE}`] },
      { kind: 'quote', title: 'Nota dell’ufficio', text: `Nota ${HOSTILE}` },
    ],
    action: messageAction('Apri la pratica', 'https://portale.example.it/pratiche/42'),
    ...overrides,
  };
}

describe('renderEmail', () => {
  it('should escape every piece of text in the HTML part', () => {
    const { html } = renderEmail(content());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain(HOSTILE);
    expect(html.match(new RegExp(ESCAPED.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))).toHaveLength(6);
    expect(html).toContain('Comune di Spino d&#39;Adda');
    expect(html).toContain('Testo');
    expect(html).toContain('<br>seconda riga');
  });

  it('should keep the plain-text part readable, with the link spelled out', () => {
    const { text } = renderEmail(content());
    expect(text).toContain(`Testo ${HOSTILE}\nseconda riga`);
    expect(text).toContain(`Etichetta ${HOSTILE}: Valore ${HOSTILE}`);
    expect(text).toContain(`- Voce ${HOSTILE}`);
    expect(text).toContain('Apri la pratica: https://portale.example.it/pratiche/42');
    expect(text).toContain('non rispondere a questa e-mail');
  });

  it('should put the link in a button and in clear', () => {
    const { html } = renderEmail(content());
    expect(html.match(/href="https:\/\/portale\.example\.it\/pratiche\/42"/g)).toHaveLength(2);
    expect(html).toContain('<html lang="it">');
  });

  it('should keep the subject on one line and escape it in the HTML title', () => {
    const { subject, html } = renderEmail(content({ subject: 'Pratica <b>1</b>\r\nBcc: x@example.com' }));
    expect(subject).toBe('Pratica <b>1</b> Bcc: x@example.com');
    expect(html).toContain('<title>Pratica &lt;b&gt;1&lt;/b&gt; Bcc: x@example.com</title>');
  });

  it('should write the footer in the message language', () => {
    const { text, html } = renderEmail(content({ locale: 'en' }));
    expect(text).toContain('please do not reply');
    expect(html).toContain('<html lang="en">');
  });
});

describe('messageAction', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', '/pratiche/42', 'mailto:sue@comune.it'])(
    'should refuse %s as a link',
    (url) => {
      expect(() => messageAction('Apri', url)).toThrow(RangeError);
    },
  );

  it('should neutralise quotes and brackets in a link before it reaches an attribute', () => {
    const { html } = renderEmail(
      content({ action: messageAction('Apri', 'https://portale.example.it/p?q="><script>') }),
    );
    expect(html).not.toContain('"><script>');
    expect(html).toContain('href="https://portale.example.it/p?q=%22%3E%3Cscript%3E"');
  });
});

describe('escapeHtml and formatDate', () => {
  it('should escape the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it.each([
    ['2026-05-04', 'it', '04/05/2026'],
    ['2026-05-04', 'en', '4 May 2026'],
    ['2026-03-28T23:30:00Z', 'it', '29/03/2026'],
    ['2026-12-31T22:59:59Z', 'en', '31 December 2026'],
  ] as const)('should write %s in %s as %s, on the Italian calendar day', (value, locale, expected) => {
    expect(formatDate(value, locale)).toBe(expected);
  });
});
