import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessLogTable } from '../../../components/registry/access-log-table';
import { RegistryPageHeader } from '../../../components/registry/registry-page-header';
import { RegistryProblem } from '../../../components/registry/registry-problem';
import { getI18n } from '../../../i18n/get-i18n';
import { getAccessLog } from '../../../lib/api/registry';
import { requireUser } from '../../../lib/auth/require-user';
import { loadRegistry } from '../../../lib/registry/load-registry';
import { registryRoutes } from '../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.accessLog.title };
}

/** "Chi ha consultato i miei dati": the access log, newest first, a page at a time (`?prima=` cursor). */
export default async function AccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { prima } = await searchParams;
  const before = typeof prima === 'string' && /^[0-9]{1,18}$/.test(prima) ? prima : undefined;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(registryRoutes.accessLog)]);
  const a = t.registry.accessLog;
  const page = await loadRegistry(() => getAccessLog(before));

  return (
    <div className="container portal-page">
      <RegistryPageHeader section="accessLog" title={a.title} lead={a.lead} t={t} />
      {page.ok ? (
        <>
          <AccessLogTable items={page.data.items} t={a} locale={locale} />
          <nav className="d-flex flex-wrap gap-3" aria-label={a.caption}>
            {before && <Link href={registryRoutes.accessLog}>{a.newest}</Link>}
            {page.data.nextBefore && (
              <Link
                href={`${registryRoutes.accessLog}?${new URLSearchParams({ prima: page.data.nextBefore })}`}
              >
                {a.older}
              </Link>
            )}
          </nav>
        </>
      ) : (
        <RegistryProblem problem={page.problem} />
      )}
    </div>
  );
}
