import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';

/** Previous / "pagina 2 di 5" / next; an end without a page is shown disabled rather than hidden. */
export function MessagesPagination({
  page,
  pages,
  previousHref,
  nextHref,
  t,
}: {
  page: number;
  pages: number;
  previousHref: string | undefined;
  nextHref: string | undefined;
  t: Dictionary['personalArea']['messagesPage'];
}) {
  return (
    <nav className="pagination-wrapper" aria-label={t.pagination}>
      <ul className="pagination">
        <li className={previousHref ? 'page-item' : 'page-item disabled'}>
          {previousHref ? (
            <Link className="page-link" href={previousHref}>
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
        <li className={nextHref ? 'page-item' : 'page-item disabled'}>
          {nextHref ? (
            <Link className="page-link" href={nextHref}>
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
