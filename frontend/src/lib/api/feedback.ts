import { apiFetch } from './api-fetch';

/** The services that ask the satisfaction question; the backend counts the answers per service. */
export const FEEDBACK_SERVICES = [
  'certificates',
  'permits',
  'payments',
  'my-data',
  'personal-area',
  'messages',
  'verification',
] as const;

export type FeedbackService = (typeof FEEDBACK_SERVICES)[number];

export interface FeedbackAnswer {
  service: FeedbackService;
  /** 1 (not clear at all) to 5 (very clear). */
  rating: number;
  comment?: string;
}

/** `POST /api/feedback`: stored anonymously. */
export async function submitFeedback(answer: FeedbackAnswer): Promise<void> {
  await apiFetch<void>('/api/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  });
}
