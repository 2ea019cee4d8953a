'use server';

import { ApiError } from '../../lib/api/api-error';
import { FEEDBACK_SERVICES, type FeedbackService, submitFeedback } from '../../lib/api/feedback';

export type FeedbackState = 'idle' | 'sent' | 'error';

/** Stores one answer to the satisfaction question; any refusal shows as a plain "could not send". */
export async function submitFeedbackAction(
  _previous: FeedbackState,
  formData: FormData,
): Promise<FeedbackState> {
  const service = String(formData.get('service') ?? '');
  const rating = Number(formData.get('rating'));
  const comment = String(formData.get('comment') ?? '').trim();
  if (!FEEDBACK_SERVICES.includes(service as FeedbackService) || !Number.isInteger(rating)) return 'error';
  try {
    await submitFeedback({
      service: service as FeedbackService,
      rating,
      ...(comment ? { comment } : {}),
    });
  } catch (error) {
    if (error instanceof ApiError) return 'error';
    throw error;
  }
  return 'sent';
}
