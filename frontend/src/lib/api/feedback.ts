import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

export type FeedbackAnswer = components['schemas']['SubmitFeedbackDto'];
export type FeedbackService = FeedbackAnswer['service'];

// The backend owns the list; keying a record by its type makes the compiler refuse a missing or unknown service.
const SERVICES: Record<FeedbackService, true> = {
  certificates: true,
  permits: true,
  payments: true,
  'my-data': true,
  'personal-area': true,
  messages: true,
  verification: true,
};

/** The services that ask the satisfaction question; the backend counts the answers per service. */
export const FEEDBACK_SERVICES = Object.keys(SERVICES) as readonly FeedbackService[];

/** `POST /api/feedback`: stored anonymously. */
export async function submitFeedback(answer: FeedbackAnswer): Promise<void> {
  await bodyOf(serverApi().POST('/api/feedback', { body: answer }));
}
