import { describe, expect, it } from 'vitest';
import { type TransitionFormValues, transitionRequest } from './transition-request';

const EMPTY: TransitionFormValues = {
  to: '',
  publicNote: '',
  internalNote: '',
  dueDate: '',
  requestedDocuments: '',
  decisionNumber: '',
  decisionDate: '',
  caseOfficerFiscalCode: '',
};

describe('transitionRequest', () => {
  it('should send the due date and one requested document per line for an integration request', () => {
    const request = transitionRequest(
      {
        ...EMPTY,
        to: 'integration_requested',
        dueDate: '2026-06-30',
        requestedDocuments: ' Tavola 3 \n\nRelazione paesaggistica\n',
        internalNote: '  verificare il vincolo ',
        decisionNumber: 'typed for another choice',
      },
      {
        to: 'integration_requested',
        label: 'Integrazioni richieste',
        requires: ['dueDate', 'requestedDocuments'],
      },
      4,
    );
    expect(request).toEqual({
      to: 'integration_requested',
      expectedVersion: 4,
      dueDate: '2026-06-30',
      requestedDocuments: ['Tavola 3', 'Relazione paesaggistica'],
      internalNote: 'verificare il vincolo',
    });
  });

  it('should send the decision and leave out blank notes', () => {
    expect(
      transitionRequest(
        {
          ...EMPTY,
          to: 'granted',
          decisionNumber: ' 45/2026 ',
          decisionDate: '2026-05-04',
          publicNote: '   ',
        },
        { to: 'granted', label: 'Rilasciato', requires: ['decision'] },
        7,
      ),
    ).toEqual({ to: 'granted', expectedVersion: 7, decision: { number: '45/2026', date: '2026-05-04' } });
  });

  it('should send an empty due date when the move needs one, so the office hears it is missing', () => {
    expect(
      transitionRequest(
        { ...EMPTY, to: 'changes_requested' },
        { to: 'changes_requested', label: 'Modifiche', requires: ['dueDate', 'publicNote'] },
        2,
      ),
    ).toEqual({ to: 'changes_requested', expectedVersion: 2, dueDate: '' });
  });

  it('should upper-case the case officer’s codice fiscale', () => {
    expect(
      transitionRequest(
        { ...EMPTY, to: 'assigned', caseOfficerFiscalCode: ' rssmra80a01i914x ' },
        { to: 'assigned', label: 'Responsabile assegnato', requires: ['caseOfficer'] },
        1,
      ).caseOfficerFiscalCode,
    ).toBe('RSSMRA80A01I914X');
  });
});
