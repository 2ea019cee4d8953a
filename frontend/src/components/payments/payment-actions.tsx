import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem } from '../../lib/api/payments';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { canPayOnline } from '../../lib/payments/payment-groups';
import { Icon } from '../icon/icon';

export interface PaymentActionsProps {
  payment: PaymentItem;
  t: Dictionary['payments'];
  locale: Locale;
}

/**
 * What the resident can do with a position: pay it on the pagoPA checkout (another site, so a plain link that
 * leaves the portal), download the avviso to pay it elsewhere, or download the receipt once paid.
 */
export function PaymentActions({ payment, t, locale }: PaymentActionsProps) {
  const a = t.actions;
  const purpose = payment.purpose;
  return (
    <div className="d-flex flex-wrap gap-2">
      {canPayOnline(payment) && payment.checkoutUrl && (
        <a
          className="btn btn-primary btn-sm btn-icon"
          href={payment.checkoutUrl}
          data-element="payment-checkout"
          aria-label={formatMessage(a.payOnlineLabel, {
            purpose,
            amount: formatEuro(payment.amount, locale),
          })}
        >
          <Icon name="card" className="icon-white icon-sm me-2" />
          <span>{a.payOnline}</span>
        </a>
      )}
      {payment.status === 'due' && payment.noticePdfUrl && (
        <a
          className="btn btn-outline-primary btn-sm btn-icon"
          href={payment.noticePdfUrl}
          download
          aria-label={formatMessage(a.downloadNoticeLabel, { purpose })}
        >
          <Icon name="download" className="icon-primary icon-sm me-2" />
          <span>{a.downloadNotice}</span>
        </a>
      )}
      {payment.status === 'paid' && payment.receiptUrl && (
        <a
          className="btn btn-outline-primary btn-sm btn-icon"
          href={payment.receiptUrl}
          download
          aria-label={formatMessage(a.receiptLabel, { purpose })}
        >
          <Icon name="download" className="icon-primary icon-sm me-2" />
          <span>{a.receipt}</span>
        </a>
      )}
    </div>
  );
}
