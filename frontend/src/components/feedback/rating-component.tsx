'use client';

import { useActionState, useId } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { type FeedbackAnswer, NEGATIVE_ANSWERS, POSITIVE_ANSWERS } from '../../lib/feedback/feedback-answers';
import { Icon } from '../icon/icon';
import { type RatingState, submitRatingAction } from './submit-rating-action';

export interface RatingComponentProps {
  /** The path of the page rated, e.g. `/servizi/certificati-anagrafici`. */
  page: string;
  labels: Dictionary['serviceModel']['rating'];
}

// Bootstrap Italia's `.rating` floats the labels right: the inputs go from 5 down to 1 to read 1..5.
const STARS = [5, 4, 3, 2, 1];

function FollowUp({
  id,
  polarity,
  question,
  answers,
  labels,
}: {
  id: string;
  polarity: 'positive' | 'negative';
  question: string;
  answers: FeedbackAnswer[];
  labels: RatingComponentProps['labels'];
}) {
  return (
    <fieldset
      className={`portal-rating-follow-up portal-rating-${polarity}`}
      data-element={`feedback-rating-${polarity}`}
    >
      <legend className="h6 mb-3" data-element="feedback-rating-question">
        {question}
      </legend>
      {answers.map((answer) => (
        <div className="form-check" key={answer}>
          <input type="radio" name="answer" id={`${id}-${answer}`} value={answer} />
          <label htmlFor={`${id}-${answer}`} data-element="feedback-rating-answer">
            {labels.answers[answer]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The Designers Italia rating component (`data-element="feedback"`): five stars, then the positive (4-5) or
 * negative (1-3) follow-up question, then optional text. The follow-ups show through CSS (`:has(:checked)`),
 * and the form is a server action: it works the same with and without JavaScript. Answers are anonymous.
 */
export function RatingComponent({ page, labels }: RatingComponentProps) {
  const [state, action, pending] = useActionState<RatingState, FormData>(submitRatingAction, 'idle');
  const id = useId();

  return (
    <section
      className="portal-rating card shadow card-wrapper mt-5 p-4"
      data-element="feedback"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="h4" data-element="feedback-title">
        {labels.title}
      </h2>
      {state === 'sent' ? (
        <p className="mb-0" role="status">
          {labels.thanks}
        </p>
      ) : (
        <form action={action}>
          <input type="hidden" name="page" value={page} />
          <fieldset className="rating portal-rating-stars">
            <legend className="visually-hidden">{labels.legend}</legend>
            {STARS.map((star) => (
              <RatingStar key={star} id={id} star={star} labels={labels} />
            ))}
          </fieldset>
          <div className="portal-rating-steps clearfix">
            <FollowUp
              id={`${id}-p`}
              polarity="positive"
              question={labels.positiveQuestion}
              answers={POSITIVE_ANSWERS}
              labels={labels}
            />
            <FollowUp
              id={`${id}-n`}
              polarity="negative"
              question={labels.negativeQuestion}
              answers={NEGATIVE_ANSWERS}
              labels={labels}
            />
            <div className="form-group mt-4 mb-3">
              <label htmlFor={`${id}-comment`} className="active">
                {labels.comment}
              </label>
              <textarea
                id={`${id}-comment`}
                name="comment"
                className="form-control"
                rows={2}
                maxLength={200}
                aria-describedby={`${id}-comment-hint`}
                data-element="feedback-input-text"
              />
              <small id={`${id}-comment-hint`} className="form-text">
                {labels.commentHint}
              </small>
            </div>
          </div>
          {(state === 'error' || state === 'no-stars') && (
            <p className="text-danger" role="alert">
              {state === 'error' ? labels.error : labels.chooseStars}
            </p>
          )}
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {labels.submit}
          </button>
        </form>
      )}
    </section>
  );
}

function RatingStar({
  id,
  star,
  labels,
}: {
  id: string;
  star: number;
  labels: RatingComponentProps['labels'];
}) {
  return (
    <>
      <input type="radio" id={`${id}-star-${star}`} name="rating" value={star} />
      <label
        className="full rating-star"
        htmlFor={`${id}-star-${star}`}
        data-element={`feedback-rate-${star}`}
      >
        <Icon name="star-full" className="icon-sm" />
        <span className="visually-hidden">
          {star === 1 ? labels.starOne : formatMessage(labels.star, { count: String(star) })}
        </span>
      </label>
    </>
  );
}
