import type { components } from '../api/schema';

export type FeedbackAnswer = NonNullable<components['schemas']['SubmitFeedbackDto']['answer']>;

// The backend owns the lists; keying a record by its type makes the compiler refuse a missing or unknown answer.
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

const ALL = Object.keys(POLARITY) as FeedbackAnswer[];

/** The model's follow-up answers, in its order: after 4-5 stars the positive ones, after 1-3 the negative. */
export const POSITIVE_ANSWERS = ALL.filter((answer) => POLARITY[answer] === 'positive');
export const NEGATIVE_ANSWERS = ALL.filter((answer) => POLARITY[answer] === 'negative');

/** The follow-up answer when it belongs to the rating's polarity (4-5 positive), otherwise none. */
export function answerFor(rating: number, answer: string): FeedbackAnswer | undefined {
  if (!Object.hasOwn(POLARITY, answer)) return undefined;
  const polarity = POLARITY[answer as FeedbackAnswer];
  return polarity === (rating >= 4 ? 'positive' : 'negative') ? (answer as FeedbackAnswer) : undefined;
}
