import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PersonSearchResults } from '../../../components/registry/person-search-results';
import { RegistryOfficeHeader } from '../../../components/registry/registry-office-header';
import { RegistryProblem } from '../../../components/registry/registry-problem';
import { getI18n } from '../../../i18n/get-i18n';
import { getCurrentUser } from '../../../lib/api/auth';
import { type PersonSearchKind, searchPersons } from '../../../lib/api/registry';
import { loadRegistry } from '../../../lib/registry/load-registry';
import { canUseRegistryOffice } from '../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../lib/registry/registry-routes';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.search.title };
}

const KINDS: readonly PersonSearchKind[] = ['fiscal_code', 'name', 'address'];

/** The registry office's search: a plain GET form, results in the address so a search can be repeated. */
export default async function RegistrySearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 100) : '';
  const by = KINDS.find((kind) => kind === params.by);
  const offset =
    typeof params.offset === 'string' && /^[0-9]{1,6}$/.test(params.offset) ? Number(params.offset) : 0;
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user) redirect(`${routes.login}?${new URLSearchParams({ returnTo: registryRoutes.office })}`);
  const o = t.registry.office;
  const s = o.search;
  if (!canUseRegistryOffice(user)) {
    return (
      <div className="container portal-page">
        <h1 className="mb-3">{s.title}</h1>
        <div className="alert alert-warning" role="alert">
          {o.forbidden}
        </div>
      </div>
    );
  }
  const results = q.length >= 2 ? await loadRegistry(() => searchPersons(q, offset, by)) : null;

  return (
    <div className="container portal-page">
      <RegistryOfficeHeader section="search" title={s.title} lead={s.lead} t={o} />
      <search>
        <form method="get" action={registryRoutes.office} className="row g-3 align-items-end">
          <div className="col-12 col-md-7">
            <label className="form-label d-block" htmlFor="registry-q">
              {s.label}
            </label>
            <input
              id="registry-q"
              name="q"
              className="form-control"
              defaultValue={q}
              minLength={2}
              maxLength={100}
              required
              aria-describedby="registry-q-help"
            />
          </div>
          <div className="col-12 col-md-3">
            <label className="form-label d-block" htmlFor="registry-by">
              {s.by}
            </label>
            <select id="registry-by" name="by" className="form-select" defaultValue={by ?? ''}>
              <option value="">{s.kinds.auto}</option>
              {KINDS.map((kind) => (
                <option value={kind} key={kind}>
                  {s.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-2">
            <button type="submit" className="btn btn-primary w-100">
              {s.submit}
            </button>
          </div>
          <p id="registry-q-help" className="form-text col-12 mt-1">
            {s.help}
          </p>
        </form>
      </search>
      {results &&
        (results.ok ? (
          <PersonSearchResults page={results.data} q={q} by={by} t={s} locale={locale} />
        ) : (
          <RegistryProblem problem={results.problem} />
        ))}
    </div>
  );
}
