import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { PersonSearchKind, PersonSearchPage } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { registryRoutes } from '../../lib/registry/registry-routes';

/**
 * The persons found, each linking to the record (which asks the purpose before opening it). The other pages of
 * results are asked for as the search was, posted to `pageAction`: the terms never enter an address.
 */
export function PersonSearchResults({
  page,
  q,
  by,
  pageAction,
  t,
  locale,
}: {
  page: PersonSearchPage;
  q: string;
  by?: PersonSearchKind;
  pageAction: (formData: FormData) => void;
  t: Dictionary['registry']['office']['search'];
  locale: Locale;
}) {
  if (page.items.length === 0) return <p className="portal-empty mt-4">{t.empty}</p>;
  const c = t.columns;
  const pageButton = (offset: number, label: string) => (
    <form action={pageAction}>
      <input type="hidden" name="q" value={q} />
      {by && <input type="hidden" name="by" value={by} />}
      <input type="hidden" name="offset" value={String(offset)} />
      <button type="submit" className="btn btn-link p-0">
        {label}
      </button>
    </form>
  );
  return (
    <>
      <p className="mt-4" role="status">
        {formatMessage(t.results, { total: String(page.total) })}
      </p>
      <div className="table-responsive">
        <table className="table table-hover align-middle">
          <caption className="caption-top">{formatMessage(t.caption, { q })}</caption>
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.fiscalCode}</th>
              <th scope="col">{c.birthDate}</th>
              <th scope="col">{c.status}</th>
              <th scope="col">{c.address}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((hit) => (
              <tr key={hit.id}>
                <th scope="row">
                  <Link href={registryRoutes.officePerson(hit.id)}>
                    {hit.familyName} {hit.givenName}
                  </Link>
                </th>
                <td className="font-monospace">{hit.fiscalCode}</td>
                <td>{formatCivilDate(hit.birthDate, locale)}</td>
                <td>{hit.status.label}</td>
                <td className="portal-user-text">{hit.address?.text ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="d-flex flex-wrap gap-3" aria-label={formatMessage(t.caption, { q })}>
        {page.offset > 0 && pageButton(Math.max(0, page.offset - page.limit), t.previous)}
        {page.offset + page.items.length < page.total && pageButton(page.offset + page.limit, t.next)}
      </nav>
    </>
  );
}
