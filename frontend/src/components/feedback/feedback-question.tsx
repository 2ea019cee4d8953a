'use client';

import { useActionState, useId } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { FeedbackService } from '../../lib/api/feedback';
import { type FeedbackState, submitFeedbackAction } from './submit-feedback-action';

export interface FeedbackQuestionProps {
  service: FeedbackService;
  labels: Dictionary['personalArea']['feedback'];
}

const RATINGS = [1, 2, 3, 4, 5];

/**
 * The AgID satisfaction question closing each service page ("Quanto sono chiare le informazioni?"): a
 * server action form, so it works without JavaScript; the answer is anonymous.
 */
export function FeedbackQuestion({ service, labels }: FeedbackQuestionProps) {
  const [state, action, pending] = useActionState<FeedbackState, FormData>(submitFeedbackAction, 'idle');
  const id = useId();

  return (
    <section className="mt-5 p-4 border rounded" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5">
        {labels.title}
      </h2>
      {state === 'sent' ? (
        <p className="mb-0" role="status">
          {labels.thanks}
        </p>
      ) : (
        <form action={action}>
          <input type="hidden" name="service" value={service} />
          <fieldset aria-describedby={`${id}-scale`}>
            <legend className="fs-6 fw-normal mb-1">{labels.legend}</legend>
            <p id={`${id}-scale`} className="small mb-2">
              {labels.scale}
            </p>
            <div className="d-flex flex-wrap gap-3">
              {RATINGS.map((rating) => (
                <div className="form-check form-check-inline m-0" key={rating}>
                  <input type="radio" name="rating" id={`${id}-rating-${rating}`} value={rating} required />
                  <label className="form-check-label" htmlFor={`${id}-rating-${rating}`}>
                    <span aria-hidden="true">{rating}</span>
                    <span className="visually-hidden">
                      {formatMessage(labels.rating, { count: String(rating) })}
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
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
            />
            <small id={`${id}-comment-hint`} className="form-text">
              {labels.commentHint}
            </small>
          </div>
          {state === 'error' && (
            <p className="text-danger" role="alert">
              {labels.error}
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
