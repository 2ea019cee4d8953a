import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import { permitRoutes } from '../../lib/permits/permit-routes';

/** Previous and next page links that keep the filters. */
export function QueuePagination({
  page,
  pages,
  query,
  t,
}: {
  page: number;
  pages: number;
  query: URLSearchParams;
  t: Dictionary['permits']['staff'];
}) {
  if (pages <= 1) return null;
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
            {formatMessage(t.page, { page: String(page), pages: String(pages) })}
          </span>
        </li>
        <li className={page < pages ? 'page-item' : 'page-item disabled'}>
          {page < pages ? (
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
