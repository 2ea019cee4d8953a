import { describe, expect, it } from 'vitest';
import type { Locale, MessageContent } from '../../notifications/content/message-content.js';
import { renderEmail } from '../../notifications/content/render-email.js';
import type { PracticeTransition } from '../domain/practice.js';
import { PRACTICE_STATES, type PracticeState } from '../domain/practice-state.js';
import { integrationReceived } from './integration-received.template.js';
import { integrationRequested } from './integration-requested.template.js';
import { practiceStateChanged } from './practice-state-changed.template.js';
import type { PracticeSummary } from './practice-summary.js';

const INTERNAL = 'NOTA INTERNA: il vicino ha segnalato un abuso';
const LINK = 'https://portale.example.it/area-personale/pratiche/42';
const LOCALES: readonly Locale[] = ['it', 'en'];

const PRACTICE: PracticeSummary = {
  protocolNumber: '1234/2026',
  protocolDate: '2026-02-02',
  type: 'PDC',
  subject: 'Via Roma 1 <Fg. 5, mapp. 120>',
};

function transition(to: PracticeState, extra: Partial<PracticeTransition> = {}): PracticeTransition {
  return {
    from: 'under_review',
    to,
    at: '2026-03-10T09:30:00Z',
    actor: { id: 'staff-7', role: 'permits', name: 'Geom. Anna Bianchi' },
    publicNote: 'Si prega di <b>integrare</b> la relazione.',
    internalNote: INTERNAL,
    dueDate: null,
    decision: null,
    requestedDocuments: [],
    caseOfficer: null,
    ...extra,
  };
}

/** Everything any channel could show: the content itself and its e-mail rendering. */
function everything(content: MessageContent): string {
  const email = renderEmail(content);
  return [JSON.stringify(content), email.subject, email.text, email.html].join('\n');
}

const base = (locale: Locale) => ({
  locale,
  municipalityName: "Spino d'Adda",
  recipientName: 'Mario Rossi',
  link: LINK,
});

describe('practiceStateChanged', () => {
  it.each(LOCALES.flatMap((locale) => PRACTICE_STATES.map((to) => [locale, to] as const)))(
    'should never carry the internal note (%s, to %s)',
    (locale, to) => {
      const content = practiceStateChanged({
        ...base(locale),
        practice: PRACTICE,
        transition: transition(to),
      });
      expect(everything(content)).not.toContain(INTERNAL);
      expect(everything(content)).not.toContain('abuso');
    },
  );

  it('should tell the change, the office note, the comune and the link, in Italian', () => {
    const content = practiceStateChanged({
      ...base('it'),
      practice: PRACTICE,
      transition: transition('changes_requested', { dueDate: '2026-04-10' }),
    });
    const email = renderEmail(content);
    expect(email.subject).toBe('Pratica edilizia n. 1234/2026: Modifiche al progetto richieste');
    expect(email.text).toContain('Gentile Mario Rossi,');
    expect(email.text).toContain(
      'la tua pratica edilizia è passata dallo stato «In istruttoria» allo stato «Modifiche al progetto richieste» il 10/03/2026.',
    );
    expect(email.text).toContain('Protocollo: n. 1234/2026 del 02/02/2026');
    expect(email.text).toContain('Tipo: Permesso di costruire');
    expect(email.text).toContain('Scadenza per te: 10/04/2026');
    expect(email.text).toContain('Nota dell’ufficio:\nSi prega di <b>integrare</b> la relazione.');
    expect(email.text).toContain(`Apri la pratica: ${LINK}`);
    expect(email.html).toContain('Si prega di &lt;b&gt;integrare&lt;/b&gt; la relazione.');
    expect(email.html).toContain('Via Roma 1 &lt;Fg. 5, mapp. 120&gt;');
    expect(email.html).toContain('Comune di Spino d&#39;Adda – Sportello Unico per l’Edilizia');
    expect(email.html).toContain(`href="${LINK}"`);
  });

  it('should give the decision number and date, in English', () => {
    const content = practiceStateChanged({
      ...base('en'),
      practice: PRACTICE,
      transition: transition('granted', {
        decision: { number: '45/2026', date: '2026-03-09', outcome: 'granted' },
        publicNote: null,
      }),
    });
    const { subject, text } = renderEmail(content);
    expect(subject).toBe('Building practice no. 1234/2026: Granted');
    expect(text).toContain('your building practice moved from “Under review” to “Granted” on 10 March 2026.');
    expect(text).toContain('Decision: no. 45/2026 of 9 March 2026');
    expect(text).not.toContain('Note from the office');
  });

  it('should announce a new practice without a previous state', () => {
    const content = practiceStateChanged({
      ...base('it'),
      recipientName: null,
      practice: PRACTICE,
      transition: transition('submitted', { from: null, publicNote: null }),
    });
    const { text } = renderEmail(content);
    expect(text).toContain(
      'Buongiorno,\n\nla tua pratica edilizia è stata registrata il 10/03/2026 nello stato «Presentata».',
    );
  });
});

describe('integrationRequested', () => {
  const request = transition('integration_requested', {
    dueDate: '2026-04-09',
    requestedDocuments: ['Relazione paesaggistica', 'Tavola <3> aggiornata'],
  });

  it.each(LOCALES)('should never carry the internal note (%s)', (locale) => {
    expect(
      everything(integrationRequested({ ...base(locale), practice: PRACTICE, transition: request })),
    ).not.toContain(INTERNAL);
  });

  it('should list the documents and the due date, and say the term is interrupted', () => {
    const { subject, text, html } = renderEmail(
      integrationRequested({ ...base('it'), practice: PRACTICE, transition: request }),
    );
    expect(subject).toBe('Pratica edilizia n. 1234/2026: documenti da integrare entro il 09/04/2026');
    expect(text).toContain('Caricali entro il 09/04/2026.');
    expect(text).toContain('Documenti richiesti:\n- Relazione paesaggistica\n- Tavola <3> aggiornata');
    expect(text).toContain('il termine del procedimento è interrotto');
    expect(html).toContain('<li>Tavola &lt;3&gt; aggiornata</li>');
    expect(text).toContain(`Carica i documenti: ${LINK}`);
  });

  it('should not speak of an interrupted term for a CILA, which has none', () => {
    const { text } = renderEmail(
      integrationRequested({ ...base('en'), practice: { ...PRACTICE, type: 'CILA' }, transition: request }),
    );
    expect(text).toContain('Please upload them by 9 April 2026.');
    expect(text).not.toContain('interrupted');
  });

  it('should refuse an integration request without a due date', () => {
    expect(() =>
      integrationRequested({ ...base('it'), practice: PRACTICE, transition: { ...request, dueDate: null } }),
    ).toThrow(RangeError);
  });
});

describe('integrationReceived', () => {
  const received = transition('integrations_submitted', {
    from: 'integration_requested',
    at: '2026-04-10T08:00:00Z',
    actor: { id: 'RSSMRA80A01I914X', role: 'applicant', name: 'Mario Rossi' },
    publicNote: 'Allego quanto richiesto.',
  });

  it('should tell the office who filed what, flag lateness and the restarted term', () => {
    const { subject, text } = renderEmail(
      integrationReceived({
        ...base('it'),
        practice: PRACTICE,
        transition: received,
        dueDate: '2026-04-09',
        documents: ['relazione.pdf'],
      }),
    );
    expect(subject).toBe('Integrazioni ricevute: pratica n. 1234/2026');
    expect(text).toContain(
      'Mario Rossi ha presentato il 10/04/2026 le integrazioni richieste per la pratica n. 1234/2026.',
    );
    expect(text).toContain('Sono arrivate dopo la scadenza del 09/04/2026.');
    expect(text).toContain('Documenti ricevuti:\n- relazione.pdf');
    expect(text).toContain('Nota del richiedente:\nAllego quanto richiesto.');
    expect(text).toContain('riparte da zero');
    expect(text).not.toContain(INTERNAL);
  });

  it('should not flag documents filed on the due date', () => {
    const { text } = renderEmail(
      integrationReceived({
        ...base('en'),
        practice: PRACTICE,
        transition: received,
        dueDate: '2026-04-10',
        documents: ['a.pdf'],
      }),
    );
    expect(text).not.toContain('after the deadline');
  });
});
