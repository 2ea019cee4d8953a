import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Draft } from '../../lib/api/sue';
import { permitRoutes } from '../../lib/permits/permit-routes';

/** What a sent draft shows: the protocol number, the sealed receipt and the practice to follow. */
export function FilingReceiptPanel({
  filed,
  t,
}: {
  filed: NonNullable<Draft['filed']>;
  t: Dictionary['sue']['receipt'];
}) {
  return (
    <section aria-labelledby="receipt-title">
      <div className="alert alert-success" role="status">
        <h2 id="receipt-title" className="h4">
          {t.title}
        </h2>
        <p>{t.lead}</p>
        <p className="fw-semibold mb-0">{formatMessage(t.protocol, { number: filed.protocolNumber })}</p>
      </div>
      <p className="d-flex flex-wrap gap-3">
        <a className="btn btn-primary" href={filed.receiptUrl} download>
          {t.download}
        </a>
        <Link className="btn btn-outline-primary" href={permitRoutes.practice(filed.practiceId)}>
          {t.open}
        </Link>
      </p>
    </section>
  );
}
