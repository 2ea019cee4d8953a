import type { AllowedTransition, TransitionRequest } from '../api/permits';

/** What the office's transition form holds, as typed. */
export interface TransitionFormValues {
  to: string;
  publicNote: string;
  internalNote: string;
  dueDate: string;
  requestedDocuments: string;
  decisionNumber: string;
  decisionDate: string;
  caseOfficerFiscalCode: string;
}

/**
 * The request body for the chosen move: notes when written, and only the fields that move needs (the others
 * are left out, so a value typed for another choice is never sent). The backend validates the content.
 */
export function transitionRequest(
  values: TransitionFormValues,
  option: AllowedTransition,
  expectedVersion: number,
): TransitionRequest {
  const request: TransitionRequest = { to: option.to, expectedVersion };
  const publicNote = values.publicNote.trim();
  const internalNote = values.internalNote.trim();
  if (publicNote) request.publicNote = publicNote;
  if (internalNote) request.internalNote = internalNote;
  if (option.requires.includes('dueDate')) request.dueDate = values.dueDate.trim();
  if (option.requires.includes('requestedDocuments')) {
    request.requestedDocuments = values.requestedDocuments
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }
  if (option.requires.includes('decision')) {
    request.decision = { number: values.decisionNumber.trim(), date: values.decisionDate.trim() };
  }
  if (option.requires.includes('caseOfficer') && values.caseOfficerFiscalCode.trim()) {
    request.caseOfficerFiscalCode = values.caseOfficerFiscalCode.trim().toUpperCase();
  }
  return request;
}
