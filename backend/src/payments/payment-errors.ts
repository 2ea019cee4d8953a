import { DomainError } from '../common/errors/domain-error.js';

/** Errors of the payments module, each with the Italian sentence the resident or the office reads. */
export const PaymentErrors = {
  /** Unknown, or somebody else's: the two look the same. */
  notFound(): DomainError {
    return new DomainError({
      code: 'PAYMENT_NOT_FOUND',
      status: 404,
      detail: 'Il pagamento richiesto non esiste o non è tra i tuoi pagamenti.',
    });
  },
  /** A receipt for a position the portal never created: logged and refused. */
  unknownPosition(field: string): DomainError {
    return new DomainError({
      code: 'PAYMENT_POSITION_UNKNOWN',
      status: 404,
      detail: 'La ricevuta si riferisce a una posizione debitoria che il portale non conosce.',
      field,
    });
  },
  receiptNotPaid(): DomainError {
    return new DomainError({
      code: 'PAYMENT_RECEIPT_NOT_CONFIRMED',
      status: 422,
      detail: 'pagoPA non conferma il pagamento indicato dalla ricevuta: la ricevuta non è stata registrata.',
      field: 'iupd',
    });
  },
  notPayableYet(): DomainError {
    return new DomainError({
      code: 'PAYMENT_NOTICE_NOT_READY',
      status: 409,
      detail:
        "L'avviso di pagamento non è ancora disponibile: la richiesta è in attesa del sistema pagoPA. Riprova tra qualche minuto.",
    });
  },
  notPaid(): DomainError {
    return new DomainError({
      code: 'PAYMENT_NOT_PAID',
      status: 409,
      detail: 'La ricevuta è disponibile solo per i pagamenti già effettuati.',
    });
  },
  unavailable(): DomainError {
    return new DomainError({
      code: 'PAYMENTS_NOT_CONFIGURED',
      status: 503,
      detail:
        'I pagamenti tramite pagoPA non sono attivi su questo portale: rivolgiti agli uffici del comune.',
    });
  },
  invalidAmount(field = 'amount'): DomainError {
    return new DomainError({
      code: 'PAYMENT_AMOUNT_INVALID',
      status: 422,
      detail: "L'importo deve essere in euro, maggiore di zero, con al massimo due decimali (es. 16.00).",
      field,
    });
  },
  invalidFilter(field: string): DomainError {
    return new DomainError({
      code: 'PAYMENT_FILTER_INVALID',
      status: 400,
      detail: 'Il filtro indicato non è valido.',
      field,
    });
  },
};
