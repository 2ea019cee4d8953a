import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { correctionAttachmentPath, type StaffCorrection } from '../../lib/api/registry';
import { registryRoutes } from '../../lib/registry/registry-routes';

/**
 * What a rettifica asks: whose record (with a link that opens it, the request named as the purpose), which datum
 * from what to what, why, and the evidence attached.
 */
export function CorrectionRequestDetails({
  item,
  t,
}: {
  item: StaffCorrection;
  t: Dictionary['registry']['office']['queue'];
}) {
  return (
    <dl className="row mb-2">
      <dt className="col-12 col-md-3">{t.person}</dt>
      <dd className="col-12 col-md-9">
        {item.subject.name} (<span className="font-monospace">{item.subject.fiscalCode}</span>) –{' '}
        <Link
          href={`${registryRoutes.officePerson(item.subject.personId)}?${new URLSearchParams({
            motivo: formatMessage(t.recordPurpose, { reference: item.reference }),
          })}`}
        >
          {t.openRecord}
        </Link>
      </dd>
      <dt className="col-12 col-md-3">{item.field.label}</dt>
      <dd className="col-12 col-md-9">
        «{item.currentValue}» → «{item.requestedValue}»
      </dd>
      <dt className="col-12 col-md-3 visually-hidden">{t.answer}</dt>
      <dd className="col-12">{item.reason}</dd>
      {item.attachment && (
        <dd className="col-12">
          <a href={correctionAttachmentPath(item.id)}>
            {formatMessage(t.attachment, { name: item.attachment.name })}
          </a>
        </dd>
      )}
    </dl>
  );
}
