import { DomainError } from '../common/errors/domain-error.js';

export const MessageErrors = {
  /** Unknown, or somebody else's: the two are answered alike so ids reveal nothing. */
  messageNotFound: () =>
    new DomainError({ code: 'MESSAGE_NOT_FOUND', status: 404, detail: 'Il messaggio richiesto non esiste.' }),
};
