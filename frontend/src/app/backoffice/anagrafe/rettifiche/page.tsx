import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { CorrectionQueue } from '../../../../components/registry/correction-queue';
import { CorrectionQueueFilter } from '../../../../components/registry/correction-queue-filter';
import { RegistryOfficeHeader } from '../../../../components/registry/registry-office-header';
import { RegistryProblem } from '../../../../components/registry/registry-problem';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { type CorrectionState, getCorrectionQueue } from '../../../../lib/api/registry';
import { requireUser } from '../../../../lib/auth/require-user';
import { loadRegistry } from '../../../../lib/registry/load-registry';
import { canUseRegistryOffice } from '../../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.queue.title };
}

const STATES: readonly (CorrectionState | 'all')[] = ['open', 'accepted', 'rejected', 'all'];

/** The rettifica queue: open requests oldest first, with how long each has waited and which are overdue. */
export default async function CorrectionQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const state = STATES.find((candidate) => candidate === params.stato) ?? 'open';
  const offset =
    typeof params.offset === 'string' && /^[0-9]{1,6}$/.test(params.offset) ? Number(params.offset) : 0;
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(registryRoutes.officeCorrections)]);
  const o = t.registry.office;
  const q = o.queue;
  if (!canUseRegistryOffice(user)) {
    return <OfficeForbidden title={q.title} text={o.forbidden} />;
  }
  const queue = await loadRegistry(() => getCorrectionQueue(state, offset));
  const pageHref = (target: number) =>
    `${registryRoutes.officeCorrections}?${new URLSearchParams({ stato: state, offset: String(target) })}`;

  return (
    <div className="container portal-page">
      <RegistryOfficeHeader section="queue" title={q.title} lead={q.lead} t={o} />
      {queue.ok ? (
        <>
          <p
            role="status"
            className={queue.data.summary.overdue > 0 ? 'alert alert-danger' : 'alert alert-info'}
          >
            {formatMessage(q.summary, {
              open: String(queue.data.summary.open),
              overdue: String(queue.data.summary.overdue),
            })}
            {queue.data.summary.oldestOpenAgeDays !== null && (
              <> {formatMessage(q.oldest, { days: String(queue.data.summary.oldestOpenAgeDays) })}</>
            )}
          </p>
          <CorrectionQueueFilter state={state} states={STATES} t={q} />
          <CorrectionQueue items={queue.data.items} t={q} locale={locale} />
          <nav className="d-flex flex-wrap gap-3" aria-label={q.title}>
            {offset > 0 && <Link href={pageHref(Math.max(0, offset - queue.data.limit))}>{q.previous}</Link>}
            {offset + queue.data.items.length < queue.data.total && (
              <Link href={pageHref(offset + queue.data.limit)}>{q.next}</Link>
            )}
          </nav>
        </>
      ) : (
        <RegistryProblem problem={queue.problem} />
      )}
    </div>
  );
}
