import type { Metadata } from 'next';
import Link from 'next/link';
import { AlboTable } from '../../../components/sue/albo-table';
import { getI18n } from '../../../i18n/get-i18n';
import { getAlboPretorio } from '../../../lib/api/sue';
import { sueRoutes } from '../../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sue.albo.title };
}

/** Public: the permessi di costruire granted in the last 15 days (art. 20 c. 6 D.P.R. 380/2001). */
export default async function AlboPretorioPage() {
  const [{ locale, t }, entries] = await Promise.all([getI18n(), getAlboPretorio()]);
  const a = t.sue.albo;
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{a.title}</h1>
      <p className="lead">{a.lead}</p>
      {entries.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <AlboTable entries={entries} t={a} locale={locale} showUntil />
      )}
      <p className="mt-4">
        <Link href={sueRoutes.alboArchive}>{a.archive}</Link>
      </p>
    </div>
  );
}
