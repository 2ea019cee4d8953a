import { describe, expect, it } from 'vitest';
import type { Practice, PracticeActor } from './domain/practice.js';
import type { PracticeState } from './domain/practice-state.js';
import { applyTransition, startPractice, type TransitionRequest } from './domain/practice-state-machine.js';
import type { PracticeType } from './domain/practice-type.js';
import { officeDeadline } from './office-deadline.js';

const STAFF: PracticeActor = { id: 'staff', role: 'permits', name: 'Ufficio' };
const APPLICANT: PracticeActor = { id: 'RSSMRA80A01I914X', role: 'applicant', name: 'Mario Rossi' };

function on(day: string): Date {
  return new Date(`${day}T10:00:00Z`);
}

function walk(
  type: PracticeType,
  submittedOn: string,
  steps: [PracticeState, string, Partial<TransitionRequest>?, PracticeActor?][],
): Practice {
  let practice: Practice = {
    type,
    timeline: [startPractice(type, STAFF, on(submittedOn)).transition],
    constraints: 'none',
  };
  for (const [to, day, request, actor] of steps) {
    const { transition } = applyTransition(practice, { to, ...request }, actor ?? STAFF, on(day));
    practice = { ...practice, timeline: [...practice.timeline, transition] };
  }
  return practice;
}

const ASSIGN = { caseOfficer: { id: 'staff', name: 'Geom. Anna Bianchi' } };

describe('officeDeadline', () => {
  it('should give a PdC under review its decision deadline, whatever day it is asked on', () => {
    const practice = walk('PDC', '2026-02-02', [
      ['assigned', '2026-02-05', ASSIGN],
      ['under_review', '2026-02-06'],
    ]);
    expect(officeDeadline(practice, on('2026-02-06'))).toBe('2026-05-04');
    expect(officeDeadline(practice, on('2026-07-01'))).toBe('2026-05-04');
  });

  it('should owe nothing while the PdC clock is interrupted or suspended', () => {
    const interrupted = walk('PDC', '2026-02-02', [
      ['assigned', '2026-02-05', ASSIGN],
      ['integration_requested', '2026-02-10', { dueDate: '2026-03-10', requestedDocuments: ['Tavola 3'] }],
    ]);
    expect(officeDeadline(interrupted, on('2026-02-11'))).toBeNull();
    const suspended = walk('PDC', '2026-02-02', [
      ['assigned', '2026-02-05', ASSIGN],
      ['under_review', '2026-02-06'],
      ['changes_requested', '2026-03-04', { dueDate: '2026-03-31', publicNote: 'Ridurre l’altezza.' }],
    ]);
    expect(officeDeadline(suspended, on('2026-03-05'))).toBeNull();
  });

  it('should restart the PdC deadline from the receipt of the integrations', () => {
    const practice = walk('PDC', '2026-02-02', [
      ['assigned', '2026-02-05', ASSIGN],
      ['integration_requested', '2026-02-10', { dueDate: '2026-03-20', requestedDocuments: ['Tavola 3'] }],
      ['integrations_submitted', '2026-03-16', {}, APPLICANT],
    ]);
    expect(officeDeadline(practice, on('2026-03-16'))).toBe('2026-06-15');
  });

  it('should give a SCIA under check its control window, and nothing once it is back in force', () => {
    const checking = walk('SCIA', '2026-02-02', [['under_check', '2026-02-10']]);
    expect(officeDeadline(checking, on('2026-02-10'))).toBe('2026-03-04');
    const effective = walk('SCIA', '2026-02-02', [
      ['under_check', '2026-02-10'],
      ['effective', '2026-02-20'],
    ]);
    expect(officeDeadline(effective, on('2026-02-20'))).toBeNull();
  });

  it('should give a SCIA alternativa waiting for the window its end', () => {
    expect(officeDeadline(walk('SCIA_ALTERNATIVA', '2026-02-02', []), on('2026-02-02'))).toBe('2026-03-04');
  });

  it('should owe nothing on titles without a legal term or on concluded practices', () => {
    expect(
      officeDeadline(walk('CILA', '2026-02-02', [['under_check', '2026-02-03']]), on('2026-02-03')),
    ).toBeNull();
    const granted = walk('PDC', '2026-02-02', [
      ['assigned', '2026-02-05', ASSIGN],
      ['under_review', '2026-02-06'],
      ['granted', '2026-03-20', { decision: { number: '12/2026', date: '2026-03-20', outcome: 'granted' } }],
    ]);
    expect(officeDeadline(granted, on('2026-03-20'))).toBeNull();
  });
});
