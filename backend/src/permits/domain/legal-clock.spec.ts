import { describe, expect, it } from 'vitest';
import { italianHolidayCalendar } from './legal-calendar.js';
import { legalClock } from './legal-clock.js';
import type { Practice, PracticeTransition } from './practice.js';
import type { PracticeState } from './practice-state.js';
import type { PracticeType } from './practice-type.js';

/** A timeline entry on a day at noon in Rome; the clock reads only days, states and due dates. */
function entry(
  from: PracticeState | null,
  to: PracticeState,
  day: string,
  extra: Partial<PracticeTransition> = {},
): PracticeTransition {
  return {
    from,
    to,
    at: `${day}T10:00:00Z`,
    actor: { id: 'x', role: 'permits', name: 'Ufficio' },
    publicNote: null,
    internalNote: null,
    dueDate: null,
    decision: null,
    requestedDocuments: [],
    caseOfficer: null,
    ...extra,
  };
}

/** Builds a practice from `[state, day, extra?]` steps; the first step is the submission. */
function practice(
  type: PracticeType,
  steps: ReadonlyArray<[PracticeState, string, Partial<PracticeTransition>?]>,
  options: Partial<Pick<Practice, 'constraints' | 'doubledTerms'>> = {},
): Practice {
  const timeline = steps.map(([to, day, extra], index) =>
    entry(index === 0 ? null : steps[index - 1][0], to, day, extra),
  );
  return { type, timeline, constraints: 'none', ...options };
}

function at(day: string): Date {
  return new Date(`${day}T10:00:00Z`);
}

// PdC submitted on Monday 2 February 2026: 2 Feb + 90 days = Sunday 3 May, so the term ends on Monday 4 May.
const PDC_START: ReadonlyArray<[PracticeState, string]> = [
  ['submitted', '2026-02-02'],
  ['assigned', '2026-02-05'],
  ['under_review', '2026-02-06'],
];

describe('legal clock: permesso di costruire (art. 20)', () => {
  it('should give 90 days from submission, moved past a Sunday, with silent consent the day after', () => {
    const clock = legalClock(practice('PDC', PDC_START), at('2026-04-24'));
    expect(clock).toMatchObject({
      kind: 'pdc_decision',
      deadline: '2026-05-04',
      daysRemaining: 10,
      overdue: false,
      paused: false,
      silentConsentDate: '2026-05-05',
    });
    expect(clock.explanation).toContain('entro il 04/05/2026: 90 giorni dalla presentazione del 02/02/2026');
    expect(clock.explanation).toContain('il 03/05/2026 è festivo');
    expect(clock.explanation).toContain('Mancano 10 giorni.');
  });

  it('should list the case officer, integration, proposal and decision milestones', () => {
    const clock = legalClock(practice('PDC', [['submitted', '2026-02-02']]), at('2026-02-13'));
    expect(clock.milestones).toEqual([
      // 2 Feb + 10 = Thursday 12 Feb, and nobody was named by then.
      { kind: 'case_officer', date: '2026-02-12', overdue: true },
      { kind: 'integration_request_limit', date: '2026-03-04', overdue: false },
      { kind: 'review_proposal', date: '2026-04-03', overdue: false },
      { kind: 'decision', date: '2026-05-04', overdue: false },
    ]);
  });

  it('should not flag the case officer once one was named, even late', () => {
    const late = practice('PDC', [
      ['submitted', '2026-02-02'],
      ['assigned', '2026-02-20'],
    ]);
    expect(legalClock(late, at('2026-02-21')).milestones[0]).toEqual({
      kind: 'case_officer',
      date: '2026-02-12',
      overdue: false,
    });
  });

  it('should pause the clock while integrations are awaited and restart it from zero when they arrive', () => {
    const requested: ReadonlyArray<[PracticeState, string, Partial<PracticeTransition>?]> = [
      ...PDC_START,
      ['integration_requested', '2026-02-20', { dueDate: '2026-03-20' }],
    ];
    const waiting = legalClock(practice('PDC', requested), at('2026-03-01'));
    expect(waiting).toMatchObject({ deadline: null, paused: true, daysRemaining: 90, overdue: false });
    expect(waiting.silentConsentDate).toBeUndefined();
    expect(waiting.explanation).toContain('interrotto dal 20/02/2026');
    expect(waiting.explanation).toContain('entro il 20/03/2026');
    expect(waiting.milestones).toContainEqual({ kind: 'applicant_due', date: '2026-03-20', overdue: false });

    // Documents on Monday 16 March: 16 Mar + 90 = Sunday 14 June, so Monday 15 June.
    const restarted = legalClock(
      practice('PDC', [
        ...requested,
        ['integrations_submitted', '2026-03-16'],
        ['under_review', '2026-03-17'],
      ]),
      at('2026-03-20'),
    );
    expect(restarted).toMatchObject({
      deadline: '2026-06-15',
      daysRemaining: 87,
      paused: false,
      silentConsentDate: '2026-06-16',
    });
    expect(restarted.explanation).toContain('dalla ricezione delle integrazioni del 16/03/2026');
    expect(restarted.milestones).toContainEqual({
      kind: 'review_proposal',
      date: '2026-05-15',
      overdue: false,
    });
  });

  it('should flag the applicant late on integrations without flagging the office', () => {
    const late = practice('PDC', [
      ...PDC_START,
      ['integration_requested', '2026-02-20', { dueDate: '2026-03-20' }],
    ]);
    const clock = legalClock(late, at('2026-03-21'));
    expect(clock.overdue).toBe(false);
    expect(clock.milestones).toContainEqual({ kind: 'applicant_due', date: '2026-03-20', overdue: true });
  });

  it('should suspend the clock for design changes and resume it with the days left', () => {
    // 30 days run from 2 Feb to 4 Mar; suspended until the answer on 24 March; 60 days left: 23 May (Saturday).
    const changes: ReadonlyArray<[PracticeState, string, Partial<PracticeTransition>?]> = [
      ...PDC_START,
      ['changes_requested', '2026-03-04', { dueDate: '2026-03-31' }],
    ];
    const suspended = legalClock(practice('PDC', changes), at('2026-03-10'));
    expect(suspended).toMatchObject({ deadline: null, paused: true, daysRemaining: 60 });
    expect(suspended.resumesOn).toBeUndefined();
    expect(suspended.explanation).toContain(
      'sospeso dal 04/03/2026 per la richiesta di modifiche al progetto',
    );
    expect(suspended.explanation).toContain('restano 60 giorni');

    const resumed = legalClock(
      practice('PDC', [...changes, ['under_review', '2026-03-24']]),
      at('2026-03-25'),
    );
    expect(resumed).toMatchObject({
      deadline: '2026-05-23',
      daysRemaining: 59,
      paused: false,
      silentConsentDate: '2026-05-24',
    });
    expect(resumed.explanation).toContain('più 20 giorni di sospensione');
  });

  it('should move a term ending on Saturday when the comune counts Saturdays as closed', () => {
    const resumed = practice('PDC', [
      ...PDC_START,
      ['changes_requested', '2026-03-04'],
      ['under_review', '2026-03-24'],
    ]);
    expect(legalClock(resumed, at('2026-03-25'), italianHolidayCalendar({ saturdays: true })).deadline).toBe(
      '2026-05-25',
    );
  });

  describe('preavviso di diniego (art. 10-bis L. 241/1990)', () => {
    // 58 days run from 2 Feb to 1 Apr; 32 are left. Observations are due by 11 April (a Saturday).
    const notice: ReadonlyArray<[PracticeState, string, Partial<PracticeTransition>?]> = [
      ...PDC_START,
      ['refusal_notice', '2026-04-01', { dueDate: '2026-04-11' }],
    ];

    it('should suspend the clock and say when it resumes if no observations come', () => {
      const clock = legalClock(practice('PDC', notice), at('2026-04-05'));
      expect(clock).toMatchObject({
        deadline: null,
        paused: true,
        daysRemaining: 32,
        resumesOn: '2026-04-11',
      });
      expect(clock.explanation).toContain('sospeso dal 01/04/2026 per il preavviso di diniego');
      expect(clock.explanation).toContain('se non ne vengono presentate, dal 11/04/2026');
    });

    it('should resume by itself when the 10 days for observations end', () => {
      // 11 Apr + 32 = 13 May.
      const clock = legalClock(practice('PDC', notice), at('2026-04-20'));
      expect(clock).toMatchObject({
        deadline: '2026-05-13',
        daysRemaining: 23,
        paused: false,
        silentConsentDate: '2026-05-14',
      });
      expect(clock.explanation).toContain('più 10 giorni di sospensione');
    });

    it('should resume 10 days after the observations', () => {
      // Observations on 8 April: resumes on 18 April; 18 Apr + 32 = 20 May.
      const observed = practice('PDC', [...notice, ['under_review', '2026-04-08']]);
      const waiting = legalClock(observed, at('2026-04-12'));
      expect(waiting).toMatchObject({
        paused: true,
        deadline: null,
        resumesOn: '2026-04-18',
        daysRemaining: 32,
      });
      expect(waiting.explanation).toContain('riprenderanno a decorrere dal 18/04/2026');
      expect(legalClock(observed, at('2026-04-18'))).toMatchObject({ deadline: '2026-05-20', paused: false });
    });

    it('should ignore late observations: the term already resumed when the window closed', () => {
      const late = practice('PDC', [...notice, ['under_review', '2026-04-15']]);
      expect(legalClock(late, at('2026-04-20')).deadline).toBe('2026-05-13');
    });
  });

  it('should say the term passed and silent consent formed when no decision came', () => {
    const clock = legalClock(practice('PDC', PDC_START), at('2026-05-06'));
    expect(clock).toMatchObject({
      deadline: '2026-05-04',
      daysRemaining: -2,
      overdue: true,
      silentConsentDate: '2026-05-05',
    });
    expect(clock.milestones).toContainEqual({ kind: 'decision', date: '2026-05-04', overdue: true });
    expect(clock.explanation).toContain('è scaduto il 04/05/2026');
    expect(clock.explanation).toContain('silenzio-assenso dal 05/05/2026');
  });

  it('should not be overdue on the last day of the term', () => {
    expect(legalClock(practice('PDC', PDC_START), at('2026-05-04'))).toMatchObject({
      overdue: false,
      daysRemaining: 0,
    });
  });

  it('should deny silent consent where constraints lack their assents (art. 20, comma 8)', () => {
    const clock = legalClock(practice('PDC', PDC_START, { constraints: 'pending' }), at('2026-05-06'));
    expect(clock.overdue).toBe(true);
    expect(clock.silentConsentDate).toBeUndefined();
    expect(clock.explanation).toContain('il silenzio non vale assenso');
  });

  it('should grant silent consent on constrained property whose assents were already acquired (L. 182/2025)', () => {
    expect(
      legalClock(practice('PDC', PDC_START, { constraints: 'cleared' }), at('2026-05-06')).silentConsentDate,
    ).toBe('2026-05-05');
  });

  it('should double the review term, not the decision term, for complex projects (art. 20, comma 7)', () => {
    // 120 + 30 = 150 days: 2 Feb + 150 = 2 July (Thursday).
    const clock = legalClock(practice('PDC', PDC_START, { doubledTerms: true }), at('2026-02-10'));
    expect(clock.deadline).toBe('2026-07-02');
    expect(clock.milestones).toContainEqual({
      kind: 'integration_request_limit',
      date: '2026-04-03',
      overdue: false,
    });
    expect(clock.explanation).toContain('termini raddoppiati');
  });

  it('should keep a term that ran out before a later suspension overdue', () => {
    const late = practice('PDC', [...PDC_START, ['refusal_notice', '2026-05-10', { dueDate: '2026-05-20' }]]);
    expect(legalClock(late, at('2026-05-12'))).toMatchObject({
      overdue: true,
      paused: false,
      deadline: '2026-05-04',
    });
  });

  it('should read the day of the submission in Rome, not in UTC', () => {
    // 23:30 UTC on 2 February is already 3 February in Rome: 3 Feb + 90 = Monday 4 May.
    const timeline = [{ ...entry(null, 'submitted', '2026-02-02'), at: '2026-02-02T23:30:00Z' }];
    expect(legalClock({ type: 'PDC', timeline, constraints: 'none' }, at('2026-02-10')).deadline).toBe(
      '2026-05-04',
    );
    const early = [{ ...entry(null, 'submitted', '2026-02-01'), at: '2026-02-01T22:59:00Z' }];
    // 22:59 UTC on 1 February is 23:59 in Rome: 1 Feb + 90 = Saturday 2 May.
    expect(legalClock({ type: 'PDC', timeline: early, constraints: 'none' }, at('2026-02-10')).deadline).toBe(
      '2026-05-02',
    );
  });
});

describe('legal clock: SCIA (art. 19 L. 241/1990)', () => {
  it('should give the comune 30 days to prohibit', () => {
    const clock = legalClock(practice('SCIA', [['effective', '2026-03-02']]), at('2026-03-20'));
    expect(clock).toMatchObject({
      kind: 'scia_control',
      deadline: '2026-04-01',
      daysRemaining: 12,
      overdue: false,
    });
    expect(clock.silentConsentDate).toBeUndefined();
    expect(clock.explanation).toContain('può vietare la prosecuzione dei lavori entro il 01/04/2026');
  });

  it('should interrupt the window for a conformation request and restart it when the measures arrive', () => {
    const steps: ReadonlyArray<[PracticeState, string, Partial<PracticeTransition>?]> = [
      ['effective', '2026-03-02'],
      ['under_check', '2026-03-10'],
      ['integration_requested', '2026-03-20', { dueDate: '2026-04-20' }],
    ];
    const waiting = legalClock(practice('SCIA', steps), at('2026-04-05'));
    expect(waiting).toMatchObject({ paused: true, deadline: null, daysRemaining: 30 });
    expect(waiting.explanation).toContain('interrotto dal 20/03/2026');
    // Measures on 10 April: 10 Apr + 30 = Sunday 10 May, so Monday 11 May.
    const restarted = legalClock(
      practice('SCIA', [...steps, ['integrations_submitted', '2026-04-10']]),
      at('2026-04-11'),
    );
    expect(restarted).toMatchObject({ paused: false, deadline: '2026-05-11' });
  });

  it('should count a window not yet begun when asked about a day before the filing', () => {
    // Filed Monday 7 December 2026, asked on Sunday the 6th (the demo generator did): 7 Dec + 30 = 6 January,
    // Epiphany, so the window ends on Thursday 7 January 2027.
    const clock = legalClock(practice('SCIA', [['effective', '2026-12-07']]), at('2026-12-06'));
    expect(clock).toMatchObject({ paused: false, deadline: '2027-01-07', daysRemaining: 32, overdue: false });
    expect(clock.resumesOn).toBeUndefined();
    expect(clock.explanation).toContain('dalla presentazione del 07/12/2026');
  });

  it('should say why a window stands still even for a suspension the state machine keeps to the PdC', () => {
    const imported = practice('SCIA', [
      ['effective', '2026-03-02'],
      ['under_check', '2026-03-10'],
      ['refusal_notice', '2026-03-12'],
    ]);
    const clock = legalClock(imported, at('2026-03-15'));
    // 10 days ran (2 to 12 March); observations until 23 March (the 22nd is a Sunday).
    expect(clock).toMatchObject({ paused: true, deadline: null, daysRemaining: 20, resumesOn: '2026-03-23' });
    expect(clock.explanation).toContain('sospeso dal 12/03/2026');
    expect(clock.explanation).toContain('dal 23/03/2026');
  });

  it('should flag a check still open after the window, not an untouched SCIA', () => {
    expect(legalClock(practice('SCIA', [['effective', '2026-03-02']]), at('2026-04-02')).overdue).toBe(false);
    const open = practice('SCIA', [
      ['effective', '2026-03-02'],
      ['under_check', '2026-03-10'],
    ]);
    const clock = legalClock(open, at('2026-04-02'));
    expect(clock.overdue).toBe(true);
    expect(clock.explanation).toContain('non può più essere vietata');
  });
});

describe('legal clock: SCIA alternativa (art. 23)', () => {
  it('should carry the 30-day window over a holiday and a Sunday', () => {
    // 26 March + 30 = Saturday 25 April (Liberazione), then Sunday 26: the window ends on Monday 27 April.
    const clock = legalClock(practice('SCIA_ALTERNATIVA', [['submitted', '2026-03-26']]), at('2026-04-01'));
    expect(clock).toMatchObject({
      kind: 'scia_alternativa_control',
      deadline: '2026-04-27',
      daysRemaining: 26,
    });
    expect(clock.explanation).toContain('i lavori possono iniziare dal 28/04/2026');
  });

  it('should flag a SCIA alternativa not yet recorded as effective after its window', () => {
    const clock = legalClock(practice('SCIA_ALTERNATIVA', [['submitted', '2026-03-26']]), at('2026-04-28'));
    expect(clock.overdue).toBe(true);
    const effective = practice('SCIA_ALTERNATIVA', [
      ['submitted', '2026-03-26'],
      ['effective', '2026-04-28'],
    ]);
    expect(legalClock(effective, at('2026-04-29')).overdue).toBe(false);
  });
});

describe('legal clock: titles without a term, and concluded practices', () => {
  it.each(['CIL', 'CILA', 'SCA', 'CFL'] as const)('should show no legal term for a %s', (type) => {
    const clock = legalClock(practice(type, [['effective', '2026-06-01']]), at('2026-07-01'));
    expect(clock).toMatchObject({
      kind: 'no_legal_term',
      deadline: null,
      daysRemaining: null,
      overdue: false,
      paused: false,
    });
  });

  it('should show the applicant’s due date on a CILA under integration', () => {
    const clock = legalClock(
      practice('CILA', [
        ['effective', '2026-06-01'],
        ['under_check', '2026-06-10'],
        ['integration_requested', '2026-06-11', { dueDate: '2026-06-25' }],
      ]),
      at('2026-06-12'),
    );
    expect(clock.milestones).toEqual([{ kind: 'applicant_due', date: '2026-06-25', overdue: false }]);
    expect(clock.explanation).toContain('entro il 25/06/2026');
  });

  it('should stop every term once a practice is concluded', () => {
    const granted = practice('PDC', [
      ...PDC_START,
      ['granted', '2026-03-20', { decision: { number: '12/2026', date: '2026-03-19', outcome: 'granted' } }],
    ]);
    const clock = legalClock(granted, at('2026-06-01'));
    expect(clock).toMatchObject({ kind: 'concluded', deadline: null, overdue: false, milestones: [] });
    expect(clock.explanation).toBe(
      'La pratica è conclusa: rilasciato il 20/03/2026 con provvedimento n. 12/2026 del 19/03/2026.',
    );
  });
});
