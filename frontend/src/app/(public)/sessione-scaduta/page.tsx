import type { Metadata } from 'next';
import Link from 'next/link';
import { Icon } from '../../../components/icon/icon';
import { getI18n } from '../../../i18n/get-i18n';
import { loginPagePath } from '../../../lib/auth/login-page-path';
import { safeReturnTo } from '../../../lib/auth/safe-return-to';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sessionExpired.title };
}

export default async function SessionExpiredPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = safeReturnTo((await searchParams).returnTo);
  const { t } = await getI18n();
  return (
    <div className="container portal-page">
      <div className="portal-prose">
        <h1 className="mb-3">{t.sessionExpired.title}</h1>
        <div className="alert alert-info" role="status">
          {t.sessionExpired.text}
        </div>
        <div className="d-flex flex-wrap gap-3">
          <Link className="btn btn-primary btn-icon" href={loginPagePath(returnTo)}>
            <Icon name="user" className="icon-white me-2" />
            <span>{t.sessionExpired.loginAgain}</span>
          </Link>
          <Link className="btn btn-outline-primary" href={routes.home}>
            {t.common.backHome}
          </Link>
        </div>
      </div>
    </div>
  );
}
