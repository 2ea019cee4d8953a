import type { Dictionary } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { PracticeCharge } from '../../lib/api/payments';
import { formatEuro } from '../../lib/f24/f24-formatting';
import { PaymentStatusBadge } from './payment-status-badge';
import { PracticeChargeForm } from './practice-charge-form';

/** The office's side of a practice's charges: what was charged, its state, and the form to charge more. */
export function StaffPracticeCharges({
  practiceId,
  charges,
  added,
  t,
  locale,
}: {
  practiceId: string;
  charges: PracticeCharge[];
  added: boolean;
  t: Dictionary['payments'];
  locale: Locale;
}) {
  const c = t.charges;
  return (
    <section className="card card-bg rounded no-after mt-4" aria-labelledby="charges-staff">
      <div className="card-body">
        <h2 id="charges-staff" className="h4 mb-2">
          {c.title}
        </h2>
        <p id="charge-lead" className="small">
          {c.lead}
        </p>
        {added && (
          <div className="alert alert-success" role="status">
            {c.added}
          </div>
        )}
        <h3 className="h6">{c.list}</h3>
        {charges.length === 0 ? (
          <p className="portal-empty">{c.none}</p>
        ) : (
          <ul className="list-unstyled">
            {charges.map((charge) => (
              <li key={charge.id} className="border-bottom py-2">
                <span className="d-block text-break">{charge.description}</span>
                <span className="small d-flex flex-wrap gap-2 align-items-center">
                  <span className="text-nowrap">{formatEuro(charge.amount, locale)}</span>
                  <PaymentStatusBadge status={charge.status} t={t.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <PracticeChargeForm practiceId={practiceId} t={c} />
      </div>
    </section>
  );
}
