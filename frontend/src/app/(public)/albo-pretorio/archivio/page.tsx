import type { Metadata } from 'next';
import Link from 'next/link';
import { AlboTable } from '../../../../components/sue/albo-table';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { getAlboArchive } from '../../../../lib/api/sue';
import { sueRoutes } from '../../../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sue.albo.archive };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 100) ?? '';
}

function positive(value: string, min: number, max: number): number | undefined {
  const number = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  return number >= min && number <= max ? number : undefined;
}

/** Public archive of granted permessi di costruire, searchable by address and year. */
export default async function AlboArchivePage({ searchParams }: Props) {
  const query = await searchParams;
  const address = one(query.indirizzo);
  const year = positive(one(query.anno), 1990, 2100);
  const page = positive(one(query.pagina), 1, 10_000) ?? 1;
  const [{ locale, t }, result] = await Promise.all([
    getI18n(),
    getAlboArchive({ address: address || undefined, year, page }),
  ]);
  const a = t.sue.albo;
  const link = (target: number) =>
    `${sueRoutes.alboArchive}?${new URLSearchParams({ ...(address ? { indirizzo: address } : {}), ...(year ? { anno: String(year) } : {}), pagina: String(target) })}`;
  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={sueRoutes.albo}>
        {a.title}
      </Link>
      <h1 className="mb-3">{a.archive}</h1>
      <p className="lead">{a.archiveLead}</p>
      <form className="row g-3 mb-4" method="get" aria-label={a.search}>
        <div className="col-12 col-md-6">
          <label className="form-label d-block" htmlFor="albo-address">
            {a.address}
          </label>
          <input
            className="form-control"
            id="albo-address"
            name="indirizzo"
            defaultValue={address}
            maxLength={100}
          />
        </div>
        <div className="col-6 col-md-3">
          <label className="form-label d-block" htmlFor="albo-year">
            {a.year}
          </label>
          <input
            className="form-control"
            id="albo-year"
            name="anno"
            inputMode="numeric"
            defaultValue={year ?? ''}
          />
        </div>
        <div className="col-6 col-md-3 d-flex align-items-end">
          <button type="submit" className="btn btn-primary">
            {a.search}
          </button>
        </div>
      </form>
      <p role="status">{formatMessage(a.results, { count: String(result.total) })}</p>
      {result.items.length > 0 && (
        <AlboTable entries={result.items} t={a} locale={locale} showUntil={false} />
      )}
      <nav className="d-flex gap-3" aria-label={a.archive}>
        {page > 1 && <Link href={link(page - 1)}>{a.previous}</Link>}
        {page * result.pageSize < result.total && <Link href={link(page + 1)}>{a.next}</Link>}
      </nav>
    </div>
  );
}
