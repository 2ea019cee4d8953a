import type { Metadata } from 'next';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { QueueFiltersForm } from '../../../components/permits/queue-filters';
import { QueuePagination } from '../../../components/permits/queue-pagination';
import { QueueTable } from '../../../components/permits/queue-table';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { getPermitsQueue, type QueueFilters, type QueuePage } from '../../../lib/api/permits';
import { requireUser } from '../../../lib/auth/require-user';
import { permitRoutes } from '../../../lib/permits/permit-routes';
import { queueFiltersFrom, queueQuery } from '../../../lib/permits/queue-query';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.permits.staff.title };
}

async function load(filters: QueueFilters): Promise<QueuePage | null> {
  try {
    return await getPermitsQueue(filters);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Permits queue unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** The permits office's queue: filters in the address, overdue practices first. */
export default async function PermitsQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = queueFiltersFrom(await searchParams);
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(permitRoutes.queue)]);
  const s = t.permits.staff;
  if (!user.roles.includes('permits')) {
    return <OfficeForbidden title={s.title} text={s.forbidden} />;
  }
  const queue = await load(filters);

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{s.eyebrow}</p>
      <h1 className="mb-3">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      <QueueFiltersForm filters={filters} t={t.permits} />
      {queue ? (
        <>
          <p className="mt-4 mb-0" role="status">
            {formatMessage(queue.totalCapped ? s.resultsCapped : s.results, { total: String(queue.total) })}
          </p>
          <QueueTable items={queue.items} t={t.permits} locale={locale} />
          <QueuePagination
            page={queue.page}
            pages={Math.max(1, Math.ceil(queue.total / queue.pageSize))}
            more={queue.totalCapped}
            query={queueQuery(filters)}
            t={s}
          />
        </>
      ) : (
        <div className="alert alert-warning mt-4" role="alert">
          {t.errorPage.text}
        </div>
      )}
    </div>
  );
}
