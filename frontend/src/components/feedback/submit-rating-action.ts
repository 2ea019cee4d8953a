'use server';

import { ApiError } from '../../lib/api/api-error';
import { submitFeedback } from '../../lib/api/feedback';
import { answerFor } from '../../lib/feedback/feedback-answers';

export type RatingState = 'idle' | 'sent' | 'error' | 'no-stars';

/**
 * Stores one answer of the rating component. A follow-up answer of the other polarity (chosen, then hidden by
 * a change of stars) is dropped; any refusal shows as a plain "could not send".
 */
export async function submitRatingAction(_previous: RatingState, formData: FormData): Promise<RatingState> {
  const page = String(formData.get('page') ?? '');
  const rating = Number(formData.get('rating'));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return 'no-stars';
  const answer = answerFor(rating, String(formData.get('answer') ?? ''));
  const comment = String(formData.get('comment') ?? '').trim();
  try {
    await submitFeedback({ page, rating, ...(answer ? { answer } : {}), ...(comment ? { comment } : {}) });
  } catch (error) {
    if (error instanceof ApiError) return 'error';
    throw error;
  }
  return 'sent';
}
