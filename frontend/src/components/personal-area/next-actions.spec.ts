import { describe, expect, it } from 'vitest';
import type { PersonalAreaSummary, SummaryPractice } from '../../lib/api/personal-area';
import { nextActions } from './next-actions';

const NO_PRACTICES = { inviate: 0, in_elaborazione: 0, da_integrare: 0, accettate: 0, rifiutate: 0 };

function summary(overrides: Partial<PersonalAreaSummary> = {}): PersonalAreaSummary {
  return {
    today: '2026-07-01',
    practices: { total: 0, counts: NO_PRACTICES, next: [] },
    payments: { year: 2026, available: false, properties: 0, instalments: [], f24Documents: 0 },
    documents: { certificates: 0, f24: 0, uploads: 0, latest: [] },
    messages: { total: 0, unread: 0, latest: [] },
    deadlines: [],
    ...overrides,
  };
}

function practice(overrides: Partial<SummaryPractice>): SummaryPractice {
  return {
    id: 'p1',
    protocolNumber: '12/2026',
    type: 'CILA',
    state: 'integration_requested',
    bucket: 'da_integrare',
    address: 'Via Roma 1',
    dueDate: null,
    actionNeeded: true,
    updatedAt: '2026-06-01T10:00:00Z',
    ...overrides,
  };
}

describe('nextActions', () => {
  it('should be empty when nothing is due and every message is read', () => {
    expect(nextActions(summary())).toEqual([]);
  });

  it('should put an overdue deadline before a sooner one that is not overdue', () => {
    const actions = nextActions(
      summary({
        deadlines: [
          { kind: 'imu', date: '2026-07-10', overdue: false, href: '/pagamenti/imu', reference: 'saldo' },
          {
            kind: 'integration',
            date: '2026-08-01',
            overdue: true,
            href: '/pratiche/p1',
            reference: '1/2026',
          },
        ],
      }),
    );
    expect(actions.map((action) => action.kind === 'deadline' && action.deadline.kind)).toEqual([
      'integration',
      'imu',
    ]);
  });

  it('should list a practice waiting for the resident only when it has no due day of its own', () => {
    const actions = nextActions(
      summary({
        practices: {
          total: 3,
          counts: { ...NO_PRACTICES, da_integrare: 2, inviate: 1 },
          next: [
            practice({ id: 'with-day', dueDate: '2026-07-20' }),
            practice({ id: 'without-day' }),
            practice({ id: 'office', actionNeeded: false, bucket: 'inviate' }),
          ],
        },
      }),
    );
    expect(actions).toEqual([{ kind: 'practice', practice: expect.objectContaining({ id: 'without-day' }) }]);
  });

  it('should keep unread messages among at most three actions even behind many deadlines', () => {
    const deadline = (date: string) =>
      ({ kind: 'imu', date, overdue: false, href: '/pagamenti/imu', reference: 'saldo' }) as const;
    const actions = nextActions(
      summary({
        deadlines: [deadline('2026-08-01'), deadline('2026-09-01'), deadline('2026-10-01')],
        messages: { total: 4, unread: 2, latest: [] },
      }),
    );
    expect(actions).toHaveLength(3);
    expect(actions[2]).toEqual({ kind: 'messages', unread: 2 });
  });
});
