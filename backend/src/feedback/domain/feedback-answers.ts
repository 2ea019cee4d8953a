import { DomainError } from '../../common/errors/domain-error.js';

/**
 * The follow-up answers of the Designers Italia rating component ("modello Comuni"): after 4 or 5 stars the
 * page asks what the visitor liked, after 1 to 3 where they struggled. Codes are stored; the wording is the
 * model's and lives in the frontend dictionaries.
 */
export const POSITIVE_ANSWERS = [
  'clear',
  'complete',
  'knew-progress',
  'no-technical-problems',
  'other-positive',
] as const;
export const NEGATIVE_ANSWERS = [
  'unclear',
  'incomplete',
  'unsure-progress',
  'technical-problems',
  'other-negative',
] as const;
export const FEEDBACK_ANSWERS = [...POSITIVE_ANSWERS, ...NEGATIVE_ANSWERS] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];

/** The model's threshold: 4 and 5 stars are a positive rating. */
export const POSITIVE_FROM = 4;

/** A page path of the portal (`/servizi/certificati-anagrafici`): lowercase words, digits and dashes. */
export const FEEDBACK_PAGE_PATTERN = /^\/(?:[a-z0-9-]{1,60}(?:\/[a-z0-9-]{1,60}){0,3})?$/;
export const FEEDBACK_PAGE_MAX_LENGTH = 120;

/** Refuses a follow-up answer that belongs to the other polarity (a "clear" reason for one star). */
export function checkFollowUpAnswer(rating: number, answer: FeedbackAnswer | undefined): void {
  if (answer === undefined) return;
  const positive = rating >= POSITIVE_FROM;
  const allowed: readonly string[] = positive ? POSITIVE_ANSWERS : NEGATIVE_ANSWERS;
  if (!allowed.includes(answer)) {
    throw new DomainError({
      code: 'FEEDBACK_ANSWER_MISMATCH',
      status: 400,
      detail: positive
        ? 'La risposta scelta è tra quelle per una valutazione negativa: con 4 o 5 stelle scegli cosa hai preferito.'
        : 'La risposta scelta è tra quelle per una valutazione positiva: con 1, 2 o 3 stelle scegli dove hai incontrato difficoltà.',
      field: 'answer',
      extra: { allowed },
    });
  }
}
