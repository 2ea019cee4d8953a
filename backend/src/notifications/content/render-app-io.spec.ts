import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageBlock, MessageContent } from './message-content.js';
import { APP_IO_LIMITS, escapeMarkdown, renderAppIo } from './render-app-io.js';

function content(overrides: Partial<MessageContent> = {}): MessageContent {
  return {
    locale: 'it',
    subject: 'Pratica edilizia n. 12/2026: In istruttoria',
    sender: "Comune di Spino d'Adda – Sportello Unico per l'Edilizia",
    blocks: [
      { kind: 'paragraph', text: 'Gentile Maria Rossi,' },
      { kind: 'facts', facts: [{ label: 'Stato', value: 'In istruttoria' }] },
    ],
    action: { label: 'Apri la pratica', url: 'https://portale.example.it/pratiche/42' },
    ...overrides,
  };
}

/** Any text, with NUL and other control characters, Markdown markers and characters outside the BMP. */
const text = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('\u0000', '\n', '\t', '*', '_', '[', ']', '#', '>', '-', '1.', ' ', '😀', 'è'),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
    maxLength,
  });

const block: fc.Arbitrary<MessageBlock> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text: text(3_000) }),
  fc.record({
    kind: fc.constant('facts' as const),
    facts: fc.array(fc.record({ label: text(100), value: text(500) }), { maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    title: text(100),
    items: fc.array(text(400), { maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('quote' as const), title: text(100), text: text(4_000) }),
);

describe('renderAppIo', () => {
  it('should keep subject and Markdown within App IO limits whatever the content', () => {
    fc.assert(
      fc.property(
        fc.record({
          locale: fc.constantFrom('it' as const, 'en' as const),
          subject: text(400),
          sender: text(400),
          blocks: fc.array(block, { maxLength: 12 }),
          action: fc.record({ label: text(300), url: fc.webUrl() }),
        }),
        (message) => {
          const { subject, markdown } = renderAppIo(message);
          expect(subject.length).toBeGreaterThanOrEqual(APP_IO_LIMITS.subjectMin);
          expect(subject.length).toBeLessThanOrEqual(APP_IO_LIMITS.subjectMax);
          expect(subject).not.toMatch(/[\p{Cc}]/u);
          expect(markdown.length).toBeGreaterThanOrEqual(APP_IO_LIMITS.markdownMin);
          expect(markdown.length).toBeLessThanOrEqual(APP_IO_LIMITS.markdownMax);
          expect(markdown).not.toContain('\u0000');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should keep a message within limits as it is, with its facts and the action as a link', () => {
    const { subject, markdown } = renderAppIo(content());
    expect(subject).toBe('Pratica edilizia n. 12/2026: In istruttoria');
    expect(markdown).toContain("**Comune di Spino d'Adda – Sportello Unico per l'Edilizia**");
    expect(markdown).toContain('- **Stato**: In istruttoria');
    expect(markdown).toContain('[Apri la pratica](https://portale.example.it/pratiche/42)');
    expect(markdown).toContain('area personale');
  });

  it('should complete a short subject with the sender and cut a long one at a word with an ellipsis', () => {
    expect(renderAppIo(content({ subject: 'IMU' })).subject).toBe(
      "IMU - Comune di Spino d'Adda – Sportello Unico per l'Edilizia",
    );
    const long = renderAppIo(content({ subject: 'Avviso di scadenza '.repeat(10) })).subject;
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/scadenza…$|Avviso…$|di…$/);
    expect(renderAppIo(content({ subject: '', sender: '' })).subject).toBe('Comunicazione dal Comune');
  });

  it('should cut a body above 10,000 characters and say the full text is in the personal area', () => {
    const { markdown } = renderAppIo(
      content({
        blocks: [
          { kind: 'paragraph', text: 'a'.repeat(6_000) },
          { kind: 'quote', title: 'Nota', text: 'b'.repeat(6_000) },
        ],
      }),
    );
    expect(markdown.length).toBeLessThanOrEqual(10_000);
    expect(markdown).toContain('a'.repeat(6_000));
    expect(markdown).toContain('Il testo completo è nella tua area personale.');
    expect(markdown).toContain('[Apri la pratica]');
  });

  it('should escape Markdown so that resident-provided text cannot forge links or headings', () => {
    expect(escapeMarkdown('[paga qui](https://evil.example) # titolo *x*')).toBe(
      '\\[paga qui\\](https://evil.example) \\# titolo \\*x\\*',
    );
    expect(escapeMarkdown('- voce\n1. punto')).toBe('\\- voce\n1\\. punto');
  });
});
