import { describe, expect, it } from 'vitest';
import { upcomingDeadlines } from './deadlines.js';

describe('upcomingDeadlines', () => {
  it('should list what is still to do soonest first, overdue integrations included', () => {
    const deadlines = upcomingDeadlines(
      [
        { kind: 'imu', date: '2026-12-16', href: '/pagamenti/imu', reference: 'saldo', amount: '120.00' },
        { kind: 'imu', date: '2026-06-16', href: '/pagamenti/imu', reference: 'acconto' },
        { kind: 'integration', date: '2026-03-01', href: '/pratiche/p1', reference: '12/2026' },
        { kind: 'identity_document', date: '2026-09-30', href: '/i-miei-dati', reference: 'cie' },
      ],
      '2026-07-01',
    );
    expect(deadlines.map((deadline) => [deadline.kind, deadline.date, deadline.overdue])).toEqual([
      ['integration', '2026-03-01', true],
      ['identity_document', '2026-09-30', false],
      ['imu', '2026-12-16', false],
    ]);
  });

  it('should leave out an identity document expiring beyond the renewal window', () => {
    const deadlines = upcomingDeadlines(
      [{ kind: 'identity_document', date: '2027-06-30', href: '/i-miei-dati', reference: 'cie' }],
      '2026-07-01',
    );
    expect(deadlines).toEqual([]);
  });

  it('should still show an identity document that has already expired', () => {
    const [deadline] = upcomingDeadlines(
      [{ kind: 'identity_document', date: '2026-01-10', href: '/i-miei-dati', reference: 'paper' }],
      '2026-07-01',
    );
    expect(deadline).toMatchObject({ kind: 'identity_document', overdue: true });
  });
});
