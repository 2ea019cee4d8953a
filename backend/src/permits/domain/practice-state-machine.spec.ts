import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { italianHolidayCalendar } from './legal-calendar.js';
import type { Practice, PracticeActor, PracticeActorRole } from './practice.js';
import type { PracticeState } from './practice-state.js';
import {
  allowedTransitions,
  applyTransition,
  initialState,
  startPractice,
  type TransitionRequest,
} from './practice-state-machine.js';
import { PRACTICE_TYPES, type PracticeType } from './practice-type.js';

const ACTORS: Readonly<Record<PracticeActorRole, PracticeActor>> = {
  applicant: { id: 'RSSMRA80A01I914X', role: 'applicant', name: 'Mario Rossi' },
  technician: { id: 'VRDLGU75B02F205Y', role: 'technician', name: 'Arch. Luigi Verdi' },
  permits: { id: 'staff-7', role: 'permits', name: 'Ufficio tecnico' },
  system: { id: 'scheduler', role: 'system', name: 'Portale' },
};

/** Noon in Rome, so the calendar day is never in doubt. */
function on(day: string): Date {
  return new Date(`${day}T10:00:00Z`);
}

interface Step {
  to: PracticeState;
  on: string;
  by: PracticeActorRole;
  request?: Omit<TransitionRequest, 'to'>;
}

function submit(type: PracticeType, day: string, constraints: Practice['constraints'] = 'none'): Practice {
  const { transition } = startPractice(type, ACTORS.technician, on(day));
  return { type, timeline: [transition], constraints };
}

function move(practice: Practice, step: Step): Practice {
  const { transition } = applyTransition(
    practice,
    { to: step.to, ...step.request },
    ACTORS[step.by],
    on(step.on),
  );
  return { ...practice, timeline: [...practice.timeline, transition] };
}

function walk(type: PracticeType, submittedOn: string, steps: readonly Step[]): Practice {
  return steps.reduce(move, submit(type, submittedOn));
}

function domainError(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const assign: Omit<TransitionRequest, 'to'> = { caseOfficer: { id: 'staff-7', name: 'Geom. Anna Bianchi' } };
const integration = (dueDate: string): Omit<TransitionRequest, 'to'> => ({
  dueDate,
  requestedDocuments: ['Relazione paesaggistica', 'Tavola 3 aggiornata'],
  publicNote: 'Mancano due elaborati.',
});
const decision = (outcome: 'granted' | 'rejected', date: string): Omit<TransitionRequest, 'to'> => ({
  decision: { number: '12/2026', date, outcome },
  publicNote:
    outcome === 'rejected' ? 'Il progetto supera l’altezza massima di zona.' : 'Permesso rilasciato.',
});
const reasons: Omit<TransitionRequest, 'to'> = { publicNote: 'Motivazione per il richiedente.' };

interface PathCase {
  name: string;
  type: PracticeType;
  submittedOn: string;
  steps: Step[];
}

// Dates in 2026. PdC submitted Monday 2 February: integrations may be requested until 4 March.
const PATHS: PathCase[] = [
  {
    name: 'PdC granted after a plain review',
    type: 'PDC',
    submittedOn: '2026-02-02',
    steps: [
      { to: 'assigned', on: '2026-02-05', by: 'permits', request: assign },
      { to: 'under_review', on: '2026-02-06', by: 'permits' },
      { to: 'granted', on: '2026-03-20', by: 'permits', request: decision('granted', '2026-03-20') },
    ],
  },
  {
    name: 'PdC through integrations, design changes, refusal notice and observations to a refusal',
    type: 'PDC',
    submittedOn: '2026-02-02',
    steps: [
      { to: 'assigned', on: '2026-02-05', by: 'permits', request: assign },
      { to: 'under_review', on: '2026-02-06', by: 'permits' },
      { to: 'integration_requested', on: '2026-02-20', by: 'permits', request: integration('2026-03-20') },
      { to: 'integrations_submitted', on: '2026-03-16', by: 'applicant' },
      { to: 'under_review', on: '2026-03-17', by: 'permits' },
      {
        to: 'changes_requested',
        on: '2026-04-01',
        by: 'permits',
        request: { dueDate: '2026-04-20', ...reasons },
      },
      { to: 'under_review', on: '2026-04-15', by: 'technician' },
      { to: 'refusal_notice', on: '2026-05-04', by: 'permits', request: reasons },
      {
        to: 'under_review',
        on: '2026-05-10',
        by: 'applicant',
        request: { publicNote: 'Osservazioni allegate.' },
      },
      { to: 'rejected', on: '2026-05-25', by: 'permits', request: decision('rejected', '2026-05-25') },
    ],
  },
  {
    name: 'PdC refused when no observations arrive within 10 days of the refusal notice',
    type: 'PDC',
    submittedOn: '2026-02-02',
    steps: [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'under_review', on: '2026-02-03', by: 'permits' },
      { to: 'refusal_notice', on: '2026-03-02', by: 'permits', request: reasons },
      { to: 'rejected', on: '2026-03-13', by: 'permits', request: decision('rejected', '2026-03-13') },
    ],
  },
  {
    name: 'PdC integrations requested by the case officer right after assignment, then granted',
    type: 'PDC',
    submittedOn: '2026-02-02',
    steps: [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-03-06') },
      { to: 'integrations_submitted', on: '2026-02-27', by: 'permits' },
      { to: 'under_review', on: '2026-03-02', by: 'permits' },
      { to: 'granted', on: '2026-04-10', by: 'permits', request: decision('granted', '2026-04-09') },
    ],
  },
  {
    name: 'PdC archived when the integrations never arrive',
    type: 'PDC',
    submittedOn: '2026-02-02',
    steps: [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-03-06') },
      { to: 'archived', on: '2026-03-09', by: 'permits', request: reasons },
    ],
  },
  {
    name: 'SCIA checked and confirmed',
    type: 'SCIA',
    submittedOn: '2026-03-02',
    steps: [
      { to: 'under_check', on: '2026-03-10', by: 'permits' },
      { to: 'effective', on: '2026-03-25', by: 'permits' },
    ],
  },
  {
    name: 'SCIA conformed and then prohibited within the restarted window',
    type: 'SCIA',
    submittedOn: '2026-03-02',
    steps: [
      { to: 'under_check', on: '2026-03-10', by: 'permits' },
      { to: 'integration_requested', on: '2026-03-20', by: 'permits', request: integration('2026-04-20') },
      { to: 'integrations_submitted', on: '2026-04-10', by: 'technician' },
      { to: 'under_check', on: '2026-04-13', by: 'permits' },
      { to: 'rejected', on: '2026-05-08', by: 'permits', request: decision('rejected', '2026-05-08') },
    ],
  },
  {
    name: 'SCIA prohibited by law when the requested measures are not taken',
    type: 'SCIA',
    submittedOn: '2026-03-02',
    steps: [
      { to: 'under_check', on: '2026-03-03', by: 'permits' },
      { to: 'integration_requested', on: '2026-03-05', by: 'permits', request: integration('2026-04-07') },
      { to: 'rejected', on: '2026-04-08', by: 'permits', request: decision('rejected', '2026-04-08') },
    ],
  },
  {
    name: 'SCIA withdrawn while under check',
    type: 'SCIA',
    submittedOn: '2026-03-02',
    steps: [
      { to: 'under_check', on: '2026-03-03', by: 'permits' },
      { to: 'withdrawn', on: '2026-03-04', by: 'applicant' },
    ],
  },
  {
    name: 'SCIA alternativa effective by itself once the 30-day window passes',
    type: 'SCIA_ALTERNATIVA',
    submittedOn: '2026-03-26',
    steps: [{ to: 'effective', on: '2026-04-28', by: 'system' }],
  },
  {
    name: 'SCIA alternativa checked, conformed, and effective after the restarted window',
    type: 'SCIA_ALTERNATIVA',
    submittedOn: '2026-03-26',
    steps: [
      { to: 'under_check', on: '2026-03-30', by: 'permits' },
      { to: 'integration_requested', on: '2026-04-02', by: 'permits', request: integration('2026-05-04') },
      { to: 'integrations_submitted', on: '2026-04-20', by: 'applicant' },
      { to: 'under_check', on: '2026-04-21', by: 'permits' },
      { to: 'effective', on: '2026-05-21', by: 'permits' },
    ],
  },
  {
    name: 'SCIA alternativa stopped by an order not to proceed',
    type: 'SCIA_ALTERNATIVA',
    submittedOn: '2026-03-26',
    steps: [
      { to: 'under_check', on: '2026-03-30', by: 'permits' },
      { to: 'rejected', on: '2026-04-20', by: 'permits', request: decision('rejected', '2026-04-20') },
    ],
  },
  {
    name: 'SCIA alternativa stopped when the requested measures are not taken',
    type: 'SCIA_ALTERNATIVA',
    submittedOn: '2026-03-26',
    steps: [
      { to: 'under_check', on: '2026-03-30', by: 'permits' },
      { to: 'integration_requested', on: '2026-04-02', by: 'permits', request: integration('2026-05-04') },
      { to: 'rejected', on: '2026-05-05', by: 'permits', request: decision('rejected', '2026-05-05') },
    ],
  },
  {
    name: 'SCIA alternativa withdrawn before the window ends',
    type: 'SCIA_ALTERNATIVA',
    submittedOn: '2026-03-26',
    steps: [{ to: 'withdrawn', on: '2026-03-28', by: 'applicant' }],
  },
  ...(['CILA', 'SCA'] as const).flatMap((type): PathCase[] => [
    {
      name: `${type} checked, integrated and confirmed`,
      type,
      submittedOn: '2026-06-01',
      steps: [
        { to: 'under_check', on: '2026-06-10', by: 'permits' },
        { to: 'integration_requested', on: '2026-06-11', by: 'permits', request: integration('2026-06-25') },
        { to: 'integrations_submitted', on: '2026-06-20', by: 'technician' },
        { to: 'under_check', on: '2026-06-22', by: 'permits' },
        { to: 'effective', on: '2026-06-23', by: 'permits' },
      ],
    },
    {
      name: `${type} archived when the integrations never arrive`,
      type,
      submittedOn: '2026-06-01',
      steps: [
        { to: 'under_check', on: '2026-06-10', by: 'permits' },
        { to: 'integration_requested', on: '2026-06-11', by: 'permits', request: integration('2026-06-25') },
        { to: 'archived', on: '2026-06-26', by: 'permits' },
      ],
    },
    {
      name: `${type} declared ineffective after a check`,
      type,
      submittedOn: '2026-06-01',
      steps: [
        { to: 'under_check', on: '2026-06-10', by: 'permits' },
        { to: 'rejected', on: '2026-09-01', by: 'permits', request: decision('rejected', '2026-09-01') },
      ],
    },
    {
      name: `${type} withdrawn by the applicant`,
      type,
      submittedOn: '2026-06-01',
      steps: [{ to: 'withdrawn', on: '2026-06-05', by: 'applicant' }],
    },
  ]),
  {
    name: 'CIL withdrawn by the applicant',
    type: 'CIL',
    submittedOn: '2026-06-01',
    steps: [{ to: 'withdrawn', on: '2026-06-02', by: 'applicant' }],
  },
];

describe('practice state machine: every path of every type', () => {
  it.each(PATHS)('should follow the path: $name', ({ type, submittedOn, steps }) => {
    const practice = walk(type, submittedOn, steps);
    expect(practice.timeline.map((entry) => entry.to)).toEqual([
      initialState(type),
      ...steps.map((step) => step.to),
    ]);
    expect(practice.timeline.map((entry) => entry.from)).toEqual([
      null,
      initialState(type),
      ...steps.slice(0, -1).map((s) => s.to),
    ]);
  });

  it.each(PRACTICE_TYPES.filter((type) => type !== 'PDC' && type !== 'SCIA_ALTERNATIVA'))(
    'should make a %s effective on submission, so that works may start at once',
    (type) => {
      expect(startPractice(type, ACTORS.applicant, on('2026-06-01')).state).toBe('effective');
    },
  );

  it.each(['PDC', 'SCIA_ALTERNATIVA'] as const)(
    'should keep a %s submitted until the office acts',
    (type) => {
      const { state, transition } = startPractice(type, ACTORS.technician, on('2026-06-01'), ' Deposito ');
      expect(state).toBe('submitted');
      expect(transition).toMatchObject({
        from: null,
        to: 'submitted',
        at: '2026-06-01T10:00:00.000Z',
        publicNote: 'Deposito',
      });
    },
  );

  it('should refuse a submission recorded by the scheduler', () => {
    expect(domainError(() => startPractice('PDC', ACTORS.system, on('2026-06-01'))).code).toBe(
      'PRACTICE_ROLE_NOT_ALLOWED',
    );
  });
});

describe('practice state machine: what each role may do in each state', () => {
  const pdcUnderReview = walk('PDC', '2026-02-02', [
    { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
    { to: 'under_review', on: '2026-02-04', by: 'permits' },
  ]);
  const pdcIntegrationRequested = move(pdcUnderReview, {
    to: 'integration_requested',
    on: '2026-02-10',
    by: 'permits',
    request: integration('2026-03-10'),
  });

  it.each<[string, Practice, string, PracticeActorRole, PracticeState[]]>([
    ['a submitted PdC', submit('PDC', '2026-02-02'), '2026-02-03', 'permits', ['assigned']],
    ['a submitted PdC', submit('PDC', '2026-02-02'), '2026-02-03', 'applicant', ['withdrawn']],
    ['a submitted PdC', submit('PDC', '2026-02-02'), '2026-02-03', 'technician', []],
    [
      'a PdC under review within 30 days',
      pdcUnderReview,
      '2026-02-10',
      'permits',
      ['integration_requested', 'changes_requested', 'refusal_notice', 'granted'],
    ],
    // After 4 March no integration request (art. 20, comma 5); no refusal without a notice.
    [
      'a PdC under review after 30 days',
      pdcUnderReview,
      '2026-03-05',
      'permits',
      ['changes_requested', 'refusal_notice', 'granted'],
    ],
    [
      'a PdC waiting for integrations',
      pdcIntegrationRequested,
      '2026-03-01',
      'permits',
      ['integrations_submitted'],
    ],
    [
      'a PdC waiting for integrations past due',
      pdcIntegrationRequested,
      '2026-03-11',
      'permits',
      ['integrations_submitted', 'archived'],
    ],
    [
      'a PdC waiting for integrations',
      pdcIntegrationRequested,
      '2026-03-01',
      'technician',
      ['integrations_submitted'],
    ],
    [
      'a PdC waiting for integrations',
      pdcIntegrationRequested,
      '2026-03-01',
      'applicant',
      ['withdrawn', 'integrations_submitted'],
    ],
    [
      'a fresh SCIA alternativa',
      submit('SCIA_ALTERNATIVA', '2026-03-26'),
      '2026-04-27',
      'permits',
      ['under_check'],
    ],
    [
      'a SCIA alternativa past its window',
      submit('SCIA_ALTERNATIVA', '2026-03-26'),
      '2026-04-28',
      'permits',
      ['under_check', 'effective'],
    ],
    ['a fresh SCIA alternativa', submit('SCIA_ALTERNATIVA', '2026-03-26'), '2026-04-27', 'system', []],
    [
      'a SCIA alternativa past its window',
      submit('SCIA_ALTERNATIVA', '2026-03-26'),
      '2026-04-28',
      'system',
      ['effective'],
    ],
    ['an effective CIL', submit('CIL', '2026-06-01'), '2026-06-02', 'permits', []],
    ['an effective CIL', submit('CIL', '2026-06-01'), '2026-06-02', 'applicant', ['withdrawn']],
    ['an effective CILA', submit('CILA', '2026-06-01'), '2026-06-02', 'permits', ['under_check']],
    ['an effective SCA', submit('SCA', '2026-06-01'), '2026-06-02', 'applicant', ['withdrawn']],
  ])('should offer on %s (day %s) to %s: %j', (_name, practice, day, role, expected) => {
    expect(allowedTransitions(practice, role, on(day)).map((option) => option.to)).toEqual(expected);
  });

  it('should tell which input each allowed move needs', () => {
    expect(allowedTransitions(pdcUnderReview, 'permits', on('2026-02-10'))).toEqual([
      { to: 'integration_requested', requires: ['dueDate', 'requestedDocuments'] },
      { to: 'changes_requested', requires: ['dueDate', 'publicNote'] },
      { to: 'refusal_notice', requires: ['publicNote'] },
      { to: 'granted', requires: ['decision'] },
    ]);
  });

  it('should offer nothing on a concluded practice', () => {
    const granted = move(pdcUnderReview, {
      to: 'granted',
      on: '2026-03-01',
      by: 'permits',
      request: decision('granted', '2026-03-01'),
    });
    for (const role of ['applicant', 'technician', 'permits', 'system'] as const) {
      expect(allowedTransitions(granted, role, on('2026-03-02'))).toEqual([]);
    }
  });
});

describe('practice state machine: forbidden transitions and roles', () => {
  const submittedPdc = submit('PDC', '2026-02-02');

  it('should refuse to grant a PdC that is only submitted, listing what the office may do instead', () => {
    const error = domainError(() =>
      applyTransition(
        submittedPdc,
        { to: 'granted', ...decision('granted', '2026-02-03') },
        ACTORS.permits,
        on('2026-02-03'),
      ),
    );
    expect(error).toMatchObject({
      code: 'PRACTICE_TRANSITION_NOT_ALLOWED',
      status: 422,
      field: 'to',
      extra: { from: 'submitted', to: 'granted', allowed: ['assigned'] },
    });
    expect(error.detail).toBe(
      'Una pratica nello stato «Presentata» non può passare allo stato «Rilasciato».',
    );
  });

  it('should list the moves of the requesting role in the refusal', () => {
    const error = domainError(() =>
      applyTransition(submittedPdc, { to: 'effective' }, ACTORS.applicant, on('2026-02-03')),
    );
    expect(error.extra).toMatchObject({ allowed: ['withdrawn'] });
  });

  it('should refuse a state the practice type does not have', () => {
    const error = domainError(() =>
      applyTransition(submit('CIL', '2026-06-01'), { to: 'under_check' }, ACTORS.permits, on('2026-06-02')),
    );
    expect(error).toMatchObject({ code: 'PRACTICE_TRANSITION_NOT_ALLOWED', extra: { allowed: [] } });
  });

  it('should refuse an unknown target state without crashing', () => {
    const error = domainError(() =>
      applyTransition(submittedPdc, { to: 'approved' as PracticeState }, ACTORS.permits, on('2026-02-03')),
    );
    expect(error).toMatchObject({ code: 'PRACTICE_TRANSITION_NOT_ALLOWED', extra: { to: 'approved' } });
  });

  it('should refuse any move out of a terminal state', () => {
    const withdrawn = move(submittedPdc, { to: 'withdrawn', on: '2026-02-03', by: 'applicant' });
    const error = domainError(() =>
      applyTransition(withdrawn, { to: 'submitted' }, ACTORS.permits, on('2026-02-04')),
    );
    expect(error).toMatchObject({ code: 'PRACTICE_TRANSITION_NOT_ALLOWED', extra: { allowed: [] } });
  });

  it.each<[string, PracticeActorRole, PracticeState]>([
    ['the applicant naming the case officer', 'applicant', 'assigned'],
    ['the technician withdrawing the practice', 'technician', 'withdrawn'],
    ['the office withdrawing in the applicant’s place', 'permits', 'withdrawn'],
  ])('should forbid %s', (_name, role, to) => {
    const error = domainError(() =>
      applyTransition(submittedPdc, { to, ...assign }, ACTORS[role], on('2026-02-03')),
    );
    expect(error.code).toBe('PRACTICE_ROLE_NOT_ALLOWED');
    expect(error.status).toBe(403);
  });

  it('should let the applicant, the technician and the office file integrations', () => {
    const waiting = walk('PDC', '2026-02-02', [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-03-06') },
    ]);
    for (const role of ['applicant', 'technician', 'permits'] as const) {
      expect(
        applyTransition(waiting, { to: 'integrations_submitted' }, ACTORS[role], on('2026-02-20')).state,
      ).toBe('integrations_submitted');
    }
  });

  it('should refuse a move when someone else changed the practice first', () => {
    const error = domainError(() =>
      applyTransition(
        submittedPdc,
        { to: 'assigned', expectedState: 'assigned', ...assign },
        ACTORS.permits,
        on('2026-02-03'),
      ),
    );
    expect(error).toMatchObject({
      code: 'PRACTICE_STATE_CONFLICT',
      status: 409,
      extra: { current: 'submitted' },
    });
  });
});

describe('practice state machine: guards', () => {
  const underReview = walk('PDC', '2026-02-02', [
    { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
    { to: 'under_review', on: '2026-02-04', by: 'permits' },
  ]);
  const attempt = (
    practice: Practice,
    request: TransitionRequest,
    day: string,
    by: PracticeActorRole = 'permits',
  ) => domainError(() => applyTransition(practice, request, ACTORS[by], on(day)));

  it('should require a due date for an integration request', () => {
    const error = attempt(
      underReview,
      { to: 'integration_requested', requestedDocuments: ['Tavola 1'] },
      '2026-02-10',
    );
    expect(error).toMatchObject({ code: 'INTEGRATION_DUE_DATE_REQUIRED', status: 422, field: 'dueDate' });
  });

  it('should refuse a due date that is not a real date', () => {
    const error = attempt(
      underReview,
      { to: 'integration_requested', ...integration('2026-02-30') },
      '2026-02-10',
    );
    expect(error.code).toBe('INTEGRATION_DUE_DATE_REQUIRED');
  });

  it.each(['2026-02-09', '2026-02-10'])(
    'should refuse a due date of %s when today is 10 February',
    (dueDate) => {
      const error = attempt(
        underReview,
        { to: 'integration_requested', ...integration(dueDate) },
        '2026-02-10',
      );
      expect(error).toMatchObject({ code: 'DUE_DATE_NOT_IN_FUTURE', field: 'dueDate' });
    },
  );

  it('should require the list of requested documents', () => {
    const error = attempt(
      underReview,
      { to: 'integration_requested', dueDate: '2026-03-10', requestedDocuments: [' '] },
      '2026-02-10',
    );
    expect(error).toMatchObject({ code: 'REQUESTED_DOCUMENTS_REQUIRED', field: 'requestedDocuments' });
  });

  it('should accept an integration request on the 30th day after submission and refuse it on the 31st', () => {
    expect(
      applyTransition(
        underReview,
        { to: 'integration_requested', ...integration('2026-04-01') },
        ACTORS.permits,
        on('2026-03-04'),
      ).state,
    ).toBe('integration_requested');
    const error = attempt(
      underReview,
      { to: 'integration_requested', ...integration('2026-04-01') },
      '2026-03-05',
    );
    expect(error).toMatchObject({ code: 'INTEGRATION_REQUEST_TOO_LATE', extra: { lastDay: '2026-03-04' } });
  });

  it('should allow 60 days for the integration request when the terms are doubled (art. 20, comma 7)', () => {
    const complex = { ...underReview, doubledTerms: true };
    expect(
      applyTransition(
        complex,
        { to: 'integration_requested', ...integration('2026-04-30') },
        ACTORS.permits,
        on('2026-04-03'),
      ).state,
    ).toBe('integration_requested');
  });

  it('should refuse a second integration request on a PdC even within 30 days', () => {
    const again = walk('PDC', '2026-02-02', [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-02-20') },
      { to: 'integrations_submitted', on: '2026-02-10', by: 'applicant' },
      { to: 'under_review', on: '2026-02-11', by: 'permits' },
    ]);
    expect(
      attempt(again, { to: 'integration_requested', ...integration('2026-03-10') }, '2026-02-12').code,
    ).toBe('INTEGRATION_ALREADY_REQUESTED');
  });

  it('should store the requested documents and due date on the transition, trimmed', () => {
    const { transition } = applyTransition(
      underReview,
      {
        to: 'integration_requested',
        dueDate: '2026-03-10',
        requestedDocuments: [' Tavola 1 ', ''],
        internalNote: ' verificare ',
      },
      ACTORS.permits,
      on('2026-02-10'),
    );
    expect(transition).toMatchObject({
      dueDate: '2026-03-10',
      requestedDocuments: ['Tavola 1'],
      internalNote: 'verificare',
    });
  });

  it('should require at least 30 days to conform a SCIA (art. 19, comma 3, L. 241/1990)', () => {
    const checking = walk('SCIA', '2026-03-02', [{ to: 'under_check', on: '2026-03-10', by: 'permits' }]);
    const error = attempt(
      checking,
      { to: 'integration_requested', ...integration('2026-04-08') },
      '2026-03-10',
    );
    expect(error).toMatchObject({
      code: 'INTEGRATION_DUE_DATE_TOO_SHORT',
      field: 'dueDate',
      extra: { earliest: '2026-04-09' },
    });
    expect(
      applyTransition(
        checking,
        { to: 'integration_requested', ...integration('2026-04-09') },
        ACTORS.permits,
        on('2026-03-10'),
      ).state,
    ).toBe('integration_requested');
  });

  it('should refuse to prohibit a SCIA once its 30-day window has passed', () => {
    const checking = walk('SCIA', '2026-03-02', [{ to: 'under_check', on: '2026-03-10', by: 'permits' }]);
    expect(
      applyTransition(
        checking,
        { to: 'rejected', ...decision('rejected', '2026-04-01') },
        ACTORS.permits,
        on('2026-04-01'),
      ).state,
    ).toBe('rejected');
    const error = attempt(checking, { to: 'rejected', ...decision('rejected', '2026-04-02') }, '2026-04-02');
    expect(error).toMatchObject({ code: 'CONTROL_WINDOW_EXPIRED', extra: { windowEnd: '2026-04-01' } });
  });

  it('should keep a SCIA alternativa from becoming effective before its window ends', () => {
    // 26 March + 30 = 25 April (holiday), 26 April (Sunday): the window ends on Monday 27 April.
    const error = attempt(
      submit('SCIA_ALTERNATIVA', '2026-03-26'),
      { to: 'effective' },
      '2026-04-27',
      'system',
    );
    expect(error).toMatchObject({ code: 'CONTROL_WINDOW_OPEN', extra: { windowEnd: '2026-04-27' } });
  });

  it('should refuse to close a practice for missing integrations before their due date', () => {
    const waiting = walk('PDC', '2026-02-02', [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-03-06') },
    ]);
    expect(attempt(waiting, { to: 'archived' }, '2026-03-06')).toMatchObject({
      code: 'INTEGRATION_DUE_DATE_NOT_PASSED',
      extra: { dueDate: '2026-03-06' },
    });
  });

  it('should let the office close a request imported without a due date', () => {
    const waiting = walk('PDC', '2026-02-02', [
      { to: 'assigned', on: '2026-02-03', by: 'permits', request: assign },
      { to: 'integration_requested', on: '2026-02-04', by: 'permits', request: integration('2026-03-06') },
    ]);
    const imported = {
      ...waiting,
      timeline: waiting.timeline.map((entry, index) => (index === 2 ? { ...entry, dueDate: null } : entry)),
    };
    expect(applyTransition(imported, { to: 'archived' }, ACTORS.permits, on('2026-02-05')).state).toBe(
      'archived',
    );
  });

  it('should count the observation period from the notice when its due date was not recorded', () => {
    const notified = move(underReview, {
      to: 'refusal_notice',
      on: '2026-03-02',
      by: 'permits',
      request: reasons,
    });
    const imported = {
      ...notified,
      timeline: notified.timeline.map((entry) =>
        entry.to === 'refusal_notice' ? { ...entry, dueDate: null } : entry,
      ),
    };
    expect(
      attempt(imported, { to: 'rejected', ...decision('rejected', '2026-03-12') }, '2026-03-12'),
    ).toMatchObject({
      code: 'OBSERVATION_PERIOD_OPEN',
      extra: { until: '2026-03-12' },
    });
  });

  it('should require a case officer to assign a PdC', () => {
    const error = attempt(
      submit('PDC', '2026-02-02'),
      { to: 'assigned', caseOfficer: { id: 'x', name: ' ' } },
      '2026-02-03',
    );
    expect(error).toMatchObject({ code: 'CASE_OFFICER_REQUIRED', field: 'caseOfficer' });
  });

  it('should record the case officer on the assignment', () => {
    const { transition } = applyTransition(
      submit('PDC', '2026-02-02'),
      { to: 'assigned', ...assign },
      ACTORS.permits,
      on('2026-02-03'),
    );
    expect(transition.caseOfficer).toEqual({ id: 'staff-7', name: 'Geom. Anna Bianchi' });
  });

  it('should require the reasons for a request of design changes', () => {
    const error = attempt(
      underReview,
      { to: 'changes_requested', dueDate: '2026-03-01', publicNote: '  ' },
      '2026-02-10',
    );
    expect(error).toMatchObject({ code: 'PUBLIC_NOTE_REQUIRED', field: 'publicNote' });
  });

  it('should refuse design changes after the 60-day review term', () => {
    // 2 February + 60 = 3 April.
    const error = attempt(
      underReview,
      { to: 'changes_requested', dueDate: '2026-04-30', ...reasons },
      '2026-04-04',
    );
    expect(error).toMatchObject({ code: 'CHANGES_REQUEST_TOO_LATE', extra: { lastDay: '2026-04-03' } });
  });

  it('should set the 10-day observation term on a refusal notice, whatever due date is sent', () => {
    // 26 March + 10 = 5 April, Easter Sunday; 6 April is Easter Monday: observations until 7 April.
    const { transition } = applyTransition(
      underReview,
      { to: 'refusal_notice', dueDate: '2026-12-31', ...reasons },
      ACTORS.permits,
      on('2026-03-26'),
    );
    expect(transition.dueDate).toBe('2026-04-07');
  });

  it('should require a decision number and date to grant a PdC', () => {
    expect(attempt(underReview, { to: 'granted' }, '2026-03-01')).toMatchObject({
      code: 'DECISION_REQUIRED',
      status: 422,
      field: 'decision',
    });
    expect(
      attempt(
        underReview,
        { to: 'granted', decision: { number: ' ', date: '2026-03-01', outcome: 'granted' } },
        '2026-03-01',
      ).code,
    ).toBe('DECISION_REQUIRED');
  });

  it('should refuse a decision whose outcome contradicts the move', () => {
    const error = attempt(
      underReview,
      { to: 'granted', ...decision('rejected', '2026-03-01') },
      '2026-03-01',
    );
    expect(error).toMatchObject({
      code: 'DECISION_OUTCOME_MISMATCH',
      field: 'decision.outcome',
      extra: { expected: 'granted' },
    });
  });

  it.each(['2026-03-02', '2026-02-01', '2026-13-01'])(
    'should refuse a decision dated %s on 1 March',
    (date) => {
      const error = attempt(
        underReview,
        { to: 'granted', decision: { number: '1', date, outcome: 'granted' } },
        '2026-03-01',
      );
      expect(error).toMatchObject({ code: 'DECISION_DATE_INVALID', field: 'decision.date' });
    },
  );

  it('should refuse to reject a PdC without a refusal notice (art. 10-bis)', () => {
    expect(
      attempt(underReview, { to: 'rejected', ...decision('rejected', '2026-03-01') }, '2026-03-01').code,
    ).toBe('REFUSAL_NOTICE_REQUIRED');
  });

  it('should refuse to reject while the applicant may still present observations', () => {
    const notified = move(underReview, {
      to: 'refusal_notice',
      on: '2026-03-02',
      by: 'permits',
      request: reasons,
    });
    expect(
      attempt(notified, { to: 'rejected', ...decision('rejected', '2026-03-12') }, '2026-03-12'),
    ).toMatchObject({
      code: 'OBSERVATION_PERIOD_OPEN',
      extra: { until: '2026-03-12' },
    });
  });

  it('should require the reasons of a refusal', () => {
    const notified = move(underReview, {
      to: 'refusal_notice',
      on: '2026-03-02',
      by: 'permits',
      request: reasons,
    });
    const error = attempt(
      notified,
      { to: 'rejected', decision: { number: '3', date: '2026-03-13', outcome: 'rejected' } },
      '2026-03-13',
    );
    expect(error.code).toBe('PUBLIC_NOTE_REQUIRED');
  });

  it('should store the decision and the case officer only where they belong', () => {
    const { transition } = applyTransition(
      underReview,
      {
        to: 'granted',
        ...decision('granted', '2026-03-01'),
        caseOfficer: { id: 'other', name: 'Altro' },
        dueDate: '2027-01-01',
      },
      ACTORS.permits,
      on('2026-03-01'),
    );
    expect(transition).toMatchObject({
      decision: { number: '12/2026', date: '2026-03-01', outcome: 'granted' },
      caseOfficer: null,
      dueDate: null,
      requestedDocuments: [],
    });
  });

  it('should count days on the comune’s calendar when configured (Saturday closing)', () => {
    const calendar = italianHolidayCalendar({ saturdays: true });
    // Notice on 1 April: observations until Saturday 11 April, moved past Sunday to Monday 13 April.
    const { transition } = applyTransition(
      underReview,
      { to: 'refusal_notice', ...reasons },
      ACTORS.permits,
      on('2026-04-01'),
      calendar,
    );
    expect(transition.dueDate).toBe('2026-04-13');
  });
});
