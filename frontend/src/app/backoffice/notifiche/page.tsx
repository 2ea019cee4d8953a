import type { Metadata } from 'next';
import Link from 'next/link';
import { ScrollableTable } from '../../../components/f24/scrollable-table';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { isStaff } from '../../../lib/api/auth';
import {
  type DeliveredMessagePage,
  type DeliveryFilter,
  getDeliveries,
} from '../../../lib/api/notifications';
import { requireUser } from '../../../lib/auth/require-user';

const PATH = '/backoffice/notifiche';
const FILTERS: readonly DeliveryFilter[] = ['all', 'failed', 'pending', 'skipped', 'sent'];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.notifications.deliveries.title };
}

async function load(filter: DeliveryFilter, page: number): Promise<DeliveredMessagePage | null> {
  try {
    return await getDeliveries(filter, page);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Deliveries unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Staff: per message, which channels delivered it, which did not apply and why, which failed. */
export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, t }, user, query] = await Promise.all([getI18n(), requireUser(PATH), searchParams]);
  const d = t.notifications.deliveries;
  if (!isStaff(user)) {
    return <OfficeForbidden title={d.title} text={d.forbidden} />;
  }
  const requested = first(query.stato) as DeliveryFilter | undefined;
  const filter = requested && FILTERS.includes(requested) ? requested : 'all';
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(query.pagina) ?? '1', 10) || 1));
  const deliveries = await load(filter, page);
  const day = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  });
  const href = (target: number) =>
    `${PATH}?${new URLSearchParams({ stato: filter, pagina: String(target) })}`;
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{d.title}</h1>
      <p className="lead">{d.lead}</p>
      <form method="get" action={PATH} className="d-flex flex-wrap align-items-end gap-2 mb-4">
        <div className="select-wrapper">
          <label htmlFor="delivery-filter">{d.filter}</label>
          <select id="delivery-filter" name="stato" defaultValue={filter}>
            {FILTERS.map((option) => (
              <option key={option} value={option}>
                {d.filters[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-outline-primary">
          {d.apply}
        </button>
      </form>
      {!deliveries ? (
        <div className="alert alert-warning" role="alert">
          {d.unavailable}
        </div>
      ) : deliveries.items.length === 0 ? (
        <p className="portal-empty">{d.empty}</p>
      ) : (
        <ScrollableTable label={d.title}>
          <table className="table">
            <caption className="visually-hidden">{d.title}</caption>
            <thead>
              <tr>
                <th scope="col">{d.columns.message}</th>
                <th scope="col">{d.columns.recipient}</th>
                <th scope="col">{d.columns.created}</th>
                <th scope="col">{d.columns.channel}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.items.map((message) => (
                <tr key={message.id}>
                  <td>{message.subject}</td>
                  <td>
                    {message.recipientName ?? ''}
                    {message.recipientFiscalCode && (
                      <span className="d-block small">{message.recipientFiscalCode}</span>
                    )}
                  </td>
                  <td>{day.format(new Date(message.createdAt))}</td>
                  <td>
                    <ul className="list-unstyled mb-0">
                      {message.channels.map((channel) => (
                        <li key={channel.channel}>
                          <strong>{d.channels[channel.channel]}</strong>: {d.statuses[channel.status]}
                          {channel.status !== 'sent' && (
                            <span className="d-block small">
                              {formatMessage(d.attempts, { count: String(channel.attempts) })}
                              {channel.lastError ? ` — ${channel.lastError}` : ''}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
      <nav className="d-flex gap-3" aria-label={d.title}>
        {page > 1 && <Link href={href(page - 1)}>{d.previous}</Link>}
        {deliveries && deliveries.items.length === deliveries.pageSize && (
          <Link href={href(page + 1)}>{d.next}</Link>
        )}
      </nav>
    </div>
  );
}
