import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

export type FeedbackSubmission = components['schemas']['SubmitFeedbackDto'];
export type FeedbackReport = components['schemas']['FeedbackReportView'];

/** `POST /api/feedback`: stored anonymously, per page. */
export async function submitFeedback(submission: FeedbackSubmission): Promise<void> {
  await bodyOf(serverApi().POST('/api/feedback', { body: submission }));
}

/** `GET /api/staff/feedback/report`: every rated page, and the detail of `page` (all pages when absent). */
export function getFeedbackReport(page?: string): Promise<FeedbackReport> {
  return bodyOf(serverApi().GET('/api/staff/feedback/report', { params: { query: { page } } }));
}
