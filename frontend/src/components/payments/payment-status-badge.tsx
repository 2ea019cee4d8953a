import type { Dictionary } from '../../i18n/dictionary';
import type { PaymentStatus } from '../../lib/api/payments';

const COLOR: Readonly<Record<PaymentStatus, string>> = {
  pending: 'bg-warning',
  due: 'bg-primary',
  paid: 'bg-success',
  expired: 'bg-secondary',
  cancelled: 'bg-secondary',
};

/** The state of a pagoPA position in words (colour is never the only cue). */
export function PaymentStatusBadge({
  status,
  t,
}: {
  status: PaymentStatus;
  t: Dictionary['payments']['status'];
}) {
  return <span className={`badge ${COLOR[status] ?? 'bg-secondary'}`}>{t[status] ?? status}</span>;
}
