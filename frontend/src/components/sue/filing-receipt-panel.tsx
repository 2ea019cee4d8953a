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
    <div className="callout success" role="status">
      <div className="callout-title">{t.title}</div>
      <p>{t.lead}</p>
      <p className="fw-semibold">{formatMessage(t.protocol, { number: filed.protocolNumber })}</p>
      <p className="d-flex flex-wrap gap-3">
        <a className="btn btn-primary" href={filed.receiptUrl} download>
          {t.download}
        </a>
        <Link className="btn btn-outline-primary" href={permitRoutes.practice(filed.practiceId)}>
          {t.open}
        </Link>
      </p>
    </div>
  );
}
