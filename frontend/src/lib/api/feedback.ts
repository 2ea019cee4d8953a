import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

export type FeedbackSubmission = components['schemas']['SubmitFeedbackDto'];
export type FeedbackAnswer = NonNullable<FeedbackSubmission['answer']>;
export type FeedbackReport = components['schemas']['FeedbackReportView'];

// The backend owns the lists; keying records by its type makes the compiler refuse a missing or unknown answer.
const POLARITY: Record<FeedbackAnswer, 'positive' | 'negative'> = {
  clear: 'positive',
  complete: 'positive',
  'knew-progress': 'positive',
  'no-technical-problems': 'positive',
  'other-positive': 'positive',
  unclear: 'negative',
  incomplete: 'negative',
  'unsure-progress': 'negative',
  'technical-problems': 'negative',
  'other-negative': 'negative',
};

/** The model's follow-up answers, in its order: after 4-5 stars the positive ones, after 1-3 the negative. */
export const POSITIVE_ANSWERS = (Object.keys(POLARITY) as FeedbackAnswer[]).filter(
  (a) => POLARITY[a] === 'positive',
);
export const NEGATIVE_ANSWERS = (Object.keys(POLARITY) as FeedbackAnswer[]).filter(
  (a) => POLARITY[a] === 'negative',
);

/** The follow-up answer when it belongs to the rating's polarity (4-5 positive), otherwise none. */
export function answerFor(rating: number, answer: string): FeedbackAnswer | undefined {
  if (!(answer in POLARITY)) return undefined;
  const polarity = POLARITY[answer as FeedbackAnswer];
  return polarity === (rating >= 4 ? 'positive' : 'negative') ? (answer as FeedbackAnswer) : undefined;
}

/** `POST /api/feedback`: stored anonymously, per page. */
export async function submitFeedback(submission: FeedbackSubmission): Promise<void> {
  await bodyOf(serverApi().POST('/api/feedback', { body: submission }));
}

/** `GET /api/staff/feedback/report`: every rated page, and the detail of `page` (all pages when absent). */
export function getFeedbackReport(page?: string): Promise<FeedbackReport> {
  return bodyOf(serverApi().GET('/api/staff/feedback/report', { params: { query: { page } } }));
}
