import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { permitRoutes } from '../../lib/permits/permit-routes';

/**
 * Previous and next page links that keep the filters. With `more`, the queue has more pages than `pages` (its
 * count stops at a cap): the next page stays reachable.
 */
export function QueuePagination({
  page,
  pages,
  more = false,
  query,
  t,
}: {
  page: number;
  pages: number;
  more?: boolean;
  query: URLSearchParams;
  t: Dictionary['permits']['staff'];
}) {
  if (pages <= 1 && !more) return null;
  const hasNext = page < pages || more;
  const href = (target: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(target));
    return `${permitRoutes.queue}?${next}`;
  };
  return (
    <nav className="pagination-wrapper" aria-label={t.pagination}>
      <ul className="pagination">
        <li className={page > 1 ? 'page-item' : 'page-item disabled'}>
          {page > 1 ? (
            <Link className="page-link" href={href(page - 1)}>
              {t.previous}
            </Link>
          ) : (
            <span className="page-link">{t.previous}</span>
          )}
        </li>
        <li className="page-item">
          <span className="page-link" aria-current="page">
            {formatMessage(more ? t.pageOfMore : t.page, { page: String(page), pages: String(pages) })}
          </span>
        </li>
        <li className={hasNext ? 'page-item' : 'page-item disabled'}>
          {hasNext ? (
            <Link className="page-link" href={href(page + 1)}>
              {t.next}
            </Link>
          ) : (
            <span className="page-link">{t.next}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
