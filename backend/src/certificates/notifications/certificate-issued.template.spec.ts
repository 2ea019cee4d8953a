import { describe, expect, it } from 'vitest';
import type { Locale } from '../../notifications/content/message-content.js';
import { renderEmail } from '../../notifications/content/render-email.js';
import { certificateIssued } from './certificate-issued.template.js';

const LINK = 'https://portale.example.it/area-personale/pratiche/42';
const LOCALES: readonly Locale[] = ['it', 'en'];

const base = (locale: Locale) => ({
  locale,
  municipalityName: "Spino d'Adda",
  recipientName: 'Mario Rossi',
  link: LINK,
});

describe('certificateIssued', () => {
  it.each(LOCALES)(
    'should name the certificate, its identifier and the link, without attaching it (%s)',
    (locale) => {
      const { subject, text, html } = renderEmail(
        certificateIssued({
          ...base(locale),
          certificateName: 'Certificato di residenza',
          certificateId: 'I914-2026-000123',
          issuedAt: '2026-03-10T09:30:00Z',
        }),
      );
      expect(subject).toContain('Certificato di residenza');
      expect(text).toContain('I914-2026-000123');
      expect(text).toContain(locale === 'it' ? 'Emesso il: 10/03/2026' : 'Issued on: 10 March 2026');
      expect(html).toContain(locale === 'it' ? 'Servizi demografici' : 'Registry office');
      expect(html).toContain(`href="${LINK}"`);
    },
  );
});
