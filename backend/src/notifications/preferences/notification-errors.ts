import { DomainError } from '../../common/errors/domain-error.js';

export const NotificationErrors = {
  /** One choice per topic: two would leave it unclear which the resident meant. */
  topicRepeated: (index: number) =>
    new DomainError({
      code: 'NOTIFICATION_TOPIC_REPEATED',
      status: 400,
      detail: 'Ogni argomento può comparire una sola volta.',
      field: `topics.${index}.topic`,
    }),
};
