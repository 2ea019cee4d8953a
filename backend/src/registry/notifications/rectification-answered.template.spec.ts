import { describe, expect, it } from 'vitest';
import type { Locale } from '../../notifications/content/message-content.js';
import { renderEmail } from '../../notifications/content/render-email.js';
import { rectificationAnswered } from './rectification-answered.template.js';

const LINK = 'https://portale.example.it/area-personale/pratiche/42';

const base = (locale: Locale) => ({
  locale,
  municipalityName: "Spino d'Adda",
  recipientName: 'Mario Rossi',
  link: LINK,
});

describe('rectificationAnswered', () => {
  it('should say a request was accepted, with the office reply escaped', () => {
    const { subject, text, html } = renderEmail(
      rectificationAnswered({
        ...base('it'),
        requestReference: 'R-77',
        requestedAt: '2026-02-20T10:00:00Z',
        outcome: 'accepted',
        reply: 'Corretto il luogo di nascita <Cremona>.',
      }),
    );
    expect(subject).toBe('Richiesta di rettifica n. R-77: accolta');
    expect(text).toContain(
      'la tua richiesta di rettifica dei dati anagrafici del 20/02/2026 è stata accolta.',
    );
    expect(html).toContain('Corretto il luogo di nascita &lt;Cremona&gt;.');
  });

  it('should say a request was not accepted and what to do next', () => {
    const { subject, text } = renderEmail(
      rectificationAnswered({
        ...base('en'),
        requestReference: 'R-78',
        requestedAt: '2026-02-20T10:00:00Z',
        outcome: 'rejected',
        reply: 'The document sent does not prove the change.',
      }),
    );
    expect(subject).toBe('Correction request no. R-78: not accepted');
    expect(text).toContain('you can send a new request');
  });
});
