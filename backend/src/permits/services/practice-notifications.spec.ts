import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../notifications/content/render-email.js';
import type { PracticeTransition } from '../domain/practice.js';
import type { PracticeParty } from '../persistence/practice-party.entity.js';
import type { PracticeRecord } from '../persistence/practice-record.entity.js';
import { PracticeNotifications } from './practice-notifications.js';

const INTERNAL = 'NOTA INTERNA riservata';

const notifications = new PracticeNotifications(
  { publicUrl: 'https://portale.example.it' } as never,
  { name: "Spino d'Adda" } as never,
  { officeEmail: 'edilizia@comune.example.it', uploadMaxBytes: 1 } as never,
);

const RECORD = {
  id: 'p1',
  type: 'PDC',
  protocolNumber: '12/2026',
  protocolDate: '2026-02-02',
  address: 'Via Roma 1',
  cadastralSheet: '5',
  cadastralParcel: '120',
  cadastralSubaltern: '3',
} as PracticeRecord;

function party(role: PracticeParty['role'], name: string, email: string | null): PracticeParty {
  const [givenName, familyName] = name.split(' ');
  return { id: name, practiceId: 'p1', role, fiscalCode: name.toUpperCase(), givenName, familyName, email };
}

const PARTIES = [
  party('applicant', 'Mario Rossi', 'mario@example.test'),
  party('co_applicant', 'Anna Rossi', 'MARIO@example.test'),
  party('technician', 'Luigi Verdi', 'luigi@example.test'),
  party('co_applicant', 'Paolo Neri', null),
];

function transition(
  to: PracticeTransition['to'],
  extra: Partial<PracticeTransition> = {},
): PracticeTransition {
  return {
    from: 'under_review',
    to,
    at: '2026-02-20T10:00:00Z',
    actor: { id: 'S', role: 'permits', name: 'Anna Bianchi' },
    publicNote: 'Nota pubblica',
    internalNote: INTERNAL,
    dueDate: null,
    decision: null,
    requestedDocuments: [],
    caseOfficer: null,
    ...extra,
  };
}

describe('PracticeNotifications', () => {
  it('should write once to each distinct address of the parties, linking their practice page', () => {
    const messages = notifications
      .forTransition(RECORD, PARTIES, transition('refusal_notice'))
      .filter((message) => message.channel === 'email');
    expect(messages.map((message) => message.recipient)).toEqual([
      'mario@example.test',
      'luigi@example.test',
    ]);
    expect(messages[0]).toMatchObject({
      channel: 'email',
      kind: 'permits.state_changed',
      recipientName: 'Mario Rossi',
      resource: { type: 'permit_practice', id: 'p1' },
    });
    expect(messages[0].content.action.url).toBe('https://portale.example.it/pratiche/p1');
    expect(renderEmail(messages[0].content).text).toContain('Via Roma 1 (Fg. 5, mapp. 120, sub. 3)');
  });

  it('should send the integration request with its own message and never the internal note', () => {
    const messages = notifications.forTransition(
      RECORD,
      PARTIES,
      transition('integration_requested', { dueDate: '2026-03-20', requestedDocuments: ['Tavola 3'] }),
    );
    expect(messages.map((message) => [message.channel, message.kind])).toEqual([
      ['email', 'permits.integration_requested'],
      ['inbox', 'permits.integration_requested'],
      ['email', 'permits.integration_requested'],
      ['inbox', 'permits.integration_requested'],
    ]);
    for (const message of messages) {
      const email = renderEmail(message.content);
      expect(JSON.stringify(message) + email.text + email.html).not.toContain(INTERNAL);
    }
  });

  it('should keep the message in the inbox of every party, in the language the writer asks for', () => {
    const messages = notifications.forTransition(RECORD, PARTIES, transition('refusal_notice'));
    expect(messages.map((message) => message.recipientFiscalCode)).toEqual([
      'MARIO ROSSI',
      'ANNA ROSSI',
      'LUIGI VERDI',
      'PAOLO NERI',
    ]);
    expect(messages[3]).toMatchObject({ channel: 'inbox', recipient: 'PAOLO NERI' });
    expect(messages[0].contentIn?.('en').locale).toBe('en');
  });

  it('should tell the office when integrations arrive, with the documents received', () => {
    const messages = notifications.forTransition(
      RECORD,
      PARTIES,
      transition('integrations_submitted', { from: 'integration_requested' }),
      { dueDate: '2026-03-20', documents: ['tavola-3.pdf'] },
    );
    const office = messages.find((message) => message.recipient === 'edilizia@comune.example.it');
    expect(office).toMatchObject({ kind: 'permits.integration_received' });
    expect(office?.content.action.url).toBe('https://portale.example.it/backoffice/pratiche/p1');
    expect(renderEmail(office!.content).text).toContain('tavola-3.pdf');
  });
});
