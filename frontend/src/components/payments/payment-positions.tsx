import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PaymentItem } from '../../lib/api/payments';
import { groupPayments } from '../../lib/payments/payment-groups';
import { AutoRefresh } from '../f24/auto-refresh';
import { PaymentGroup } from './payment-card';

/**
 * The resident's pagoPA positions: to pay first (by due date), then paid, then expired or cancelled. While one
 * waits for pagoPA, the list refreshes itself.
 */
export function PaymentPositions({
  positions,
  t,
  locale,
}: {
  positions: PaymentItem[] | null;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const p = t.positions;
  const groups = positions ? groupPayments(positions) : null;
  return (
    <section className="mt-4" aria-labelledby="positions-title" data-element="payment-positions">
      <h2 id="positions-title" className="h3 mb-2">
        {p.title}
      </h2>
      <p>{p.lead}</p>
      <AutoRefresh
        active={Boolean(positions?.some((item) => item.status === 'pending'))}
        intervalMs={5_000}
      />
      {groups === null ? (
        <div className="alert alert-warning" role="alert">
          {p.unavailable}
        </div>
      ) : positions?.length === 0 ? (
        <p className="portal-empty">{p.empty}</p>
      ) : (
        <>
          {groups.toPay.length === 0 && <p className="portal-empty">{p.noneToPay}</p>}
          <PaymentGroup id="payments-to-pay" title={p.toPay} items={groups.toPay} t={t} locale={locale} />
          <PaymentGroup id="payments-paid" title={p.paid} items={groups.paid} t={t} locale={locale} />
          <PaymentGroup id="payments-closed" title={p.closed} items={groups.closed} t={t} locale={locale} />
        </>
      )}
    </section>
  );
}
