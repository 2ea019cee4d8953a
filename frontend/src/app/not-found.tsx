import type { Metadata } from 'next';
import Link from 'next/link';
import { getI18n } from '../i18n/get-i18n';
import { routes } from '../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.notFound.title };
}

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="container portal-page">
      <div className="portal-prose">
        <p className="portal-eyebrow">404</p>
        <h1 className="mb-3">{t.notFound.title}</h1>
        <p className="lead">{t.notFound.text}</p>
        <Link className="btn btn-primary" href={routes.home}>
          {t.common.backHome}
        </Link>
      </div>
    </div>
  );
}
