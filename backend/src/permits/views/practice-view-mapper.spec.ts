import { describe, expect, it } from 'vitest';
import { requestContextMiddleware } from '../../common/http/request-context.js';
import { PRACTICE_STATE_INFO } from '../domain/practice-state.js';
import { PRACTICE_TYPE_INFO } from '../domain/practice-type.js';
import type { IntegrationRequest } from '../persistence/integration-request.entity.js';
import type { PracticeAggregate } from '../persistence/practice-aggregate.js';
import type { PracticeParty } from '../persistence/practice-party.entity.js';
import type { PracticeRecord } from '../persistence/practice-record.entity.js';
import type { PracticeTransitionRecord } from '../persistence/practice-transition.entity.js';
import { residentView, staffView, type ViewContext } from './practice-view-mapper.js';

const INTERNAL = 'Il vicino ha segnalato un abuso';
const APPLICANT = 'RSSMRA80A01I914X';
const TECHNICIAN = 'VRDLGU75B02F205Y';

function transition(seq: number, row: Partial<PracticeTransitionRecord>): PracticeTransitionRecord {
  return {
    id: String(seq + 1),
    practiceId: 'p1',
    seq,
    fromState: null,
    toState: 'effective',
    at: new Date('2026-02-02T10:00:00Z'),
    actorId: 'BNCNNA70A41I914Y',
    actorRole: 'permits',
    actorName: 'Anna Bianchi',
    publicNote: null,
    internalNote: null,
    dueDate: null,
    decisionNumber: null,
    decisionDate: null,
    decisionOutcome: null,
    requestedDocuments: [],
    caseOfficerId: null,
    caseOfficerName: null,
    ...row,
  };
}

function party(role: PracticeParty['role'], fiscalCode: string, name: string): PracticeParty {
  const [givenName, familyName] = name.split(' ');
  return {
    id: fiscalCode,
    practiceId: 'p1',
    role,
    fiscalCode,
    givenName,
    familyName,
    email: `${givenName}@example.test`,
  };
}

const REQUEST: IntegrationRequest = {
  id: 'r1',
  practiceId: 'p1',
  transitionId: '3',
  kind: 'integration',
  requestedAt: new Date('2026-02-10T10:00:00Z'),
  dueDate: '2026-03-12',
  requestedDocuments: ['Tavola 3'],
  answeredAt: null,
};

const AGGREGATE: PracticeAggregate = {
  record: {
    id: 'p1',
    type: 'CILA',
    protocolNumber: '12/2026',
    protocolDate: '2026-02-02',
    address: 'Via Roma 1',
    cadastralSheet: '5',
    cadastralParcel: '120',
    cadastralSubaltern: null,
    description: 'Bagno',
    state: 'integration_requested',
    version: 3,
    caseOfficerFiscalCode: 'BNCNNA70A41I914Y',
    caseOfficerName: 'Anna Bianchi',
    constraints: 'none',
    doubledTerms: false,
    officeDeadline: null,
    createdAt: new Date('2026-02-02T10:00:00Z'),
    updatedAt: new Date('2026-02-10T10:00:00Z'),
  } as PracticeRecord,
  parties: [party('applicant', APPLICANT, 'Mario Rossi'), party('technician', TECHNICIAN, 'Luigi Verdi')],
  timeline: [
    transition(0, { toState: 'effective' }),
    transition(1, { fromState: 'effective', toState: 'under_check', internalNote: INTERNAL }),
    transition(2, {
      fromState: 'under_check',
      toState: 'integration_requested',
      at: new Date('2026-02-10T10:00:00Z'),
      dueDate: '2026-03-12',
      requestedDocuments: ['Tavola 3'],
      publicNote: 'Manca la tavola 3.',
    }),
  ],
  requests: [REQUEST],
  documents: [],
};

const CONTEXT: ViewContext = {
  now: new Date('2026-02-15T10:00:00Z'),
  today: '2026-02-15',
  office: { name: 'SUE', email: 'sue@example.test', pec: 'sue@pec.test', phone: '0', address: 'Piazza 1' },
};

describe('practice views', () => {
  it('should never show a resident the internal notes or the other parties’ codici fiscali', () => {
    const view = residentView(AGGREGATE, APPLICANT, CONTEXT);
    const text = JSON.stringify(view);
    expect(text).not.toContain(INTERNAL);
    expect(text).not.toContain('internalNote');
    expect(text).not.toContain(TECHNICIAN);
    expect(view.parties).toEqual([
      { role: 'applicant', name: 'Mario Rossi' },
      { role: 'technician', name: 'Luigi Verdi' },
    ]);
    expect(view.yourRoles).toEqual(['applicant']);
  });

  it('should offer the resident what they may do now: answer the open request or withdraw', () => {
    const view = residentView(AGGREGATE, TECHNICIAN, CONTEXT);
    expect(view.actions.uploadDocuments).toBe(true);
    expect(view.actions.transitions.map((option) => option.to)).toEqual(['integrations_submitted']);
    expect(view.requests).toEqual([expect.objectContaining({ id: 'r1', open: true, dueDate: '2026-03-12' })]);
    expect(
      residentView(AGGREGATE, APPLICANT, CONTEXT).actions.transitions.map((option) => option.to),
    ).toEqual(['integrations_submitted', 'withdrawn']);
  });

  it('should show the office everything, internal notes and the moves of the office', () => {
    const view = staffView(AGGREGATE, CONTEXT);
    expect(view.timeline[1]).toMatchObject({ internalNote: INTERNAL, actor: { id: 'BNCNNA70A41I914Y' } });
    expect(view.parties[1]).toMatchObject({ fiscalCode: TECHNICIAN, email: 'Luigi@example.test' });
    expect(view.allowedTransitions.map((option) => option.to)).toEqual(['integrations_submitted']);
    expect(view).toMatchObject({ version: 3, bucket: 'da_integrare', overdue: false });
  });
});

describe('practice view labels', () => {
  function inPageLanguage<T>(cookie: string | undefined, read: () => T): T {
    let result: T | undefined;
    requestContextMiddleware({ headers: { cookie } } as never, {} as never, () => {
      result = read();
    });
    return result as T;
  }

  it('should write the labels in the language of the page that asked', () => {
    const view = inPageLanguage('lang=en', () => staffView(AGGREGATE, CONTEXT));
    expect(view.typeLabel).toBe(PRACTICE_TYPE_INFO[view.type].label.en);
    expect(view.stateLabel).toBe(PRACTICE_STATE_INFO[view.state].label.en);
    const last = view.timeline.at(-1);
    expect(last?.toLabel).toBe(PRACTICE_STATE_INFO[last?.to ?? 'submitted'].label.en);
    expect(view.typeLabel).not.toBe(PRACTICE_TYPE_INFO[view.type].label.it);
  });

  it('should write them in Italian when the page did not say, and outside a request', () => {
    const view = inPageLanguage('other=1', () => residentView(AGGREGATE, APPLICANT, CONTEXT));
    expect(view.stateLabel).toBe(PRACTICE_STATE_INFO[view.state].label.it);
    expect(staffView(AGGREGATE, CONTEXT).typeLabel).toBe(PRACTICE_TYPE_INFO[view.type].label.it);
  });
});
