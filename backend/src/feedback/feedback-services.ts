/** The service pages that ask the AgID satisfaction question; the answers are counted per service. */
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
