import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CieButton } from '../../../components/auth/cie-button';
import { SpidButton } from '../../../components/auth/spid-button';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { type AuthProviders, getAuthProviders, getCurrentUser } from '../../../lib/api/auth';
import { safeReturnTo } from '../../../lib/auth/safe-return-to';
import { externalLinks } from '../../../lib/external-links';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.login.title };
}

async function loadProviders(): Promise<AuthProviders | null> {
  try {
    return await getAuthProviders();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.warn(`Login providers unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = safeReturnTo((await searchParams).returnTo);
  const [{ t }, user, providers] = await Promise.all([getI18n(), getCurrentUser(), loadProviders()]);
  if (user) redirect(returnTo);

  return (
    <div className="container portal-page">
      <div className="row justify-content-center">
        <div className="col-lg-8">
          <h1 className="mb-3">{t.login.title}</h1>
          <p className="lead">{t.login.lead}</p>
          {!providers && (
            <div className="alert alert-warning" role="alert">
              {t.login.unavailable}
            </div>
          )}

          <section className="card card-bg rounded no-after mt-4" aria-labelledby="login-spid-title">
            <div className="card-body">
              <h2 id="login-spid-title" className="h4">
                {t.login.spid.title}
              </h2>
              <p>{t.login.spid.text}</p>
              {providers && <SpidButton providers={providers.spid} returnTo={returnTo} t={t.login.spid} />}
              <p className="mt-3 mb-0">
                <a href={externalLinks.spidRequest}>{t.login.spid.request}</a>
              </p>
            </div>
          </section>

          {(!providers || providers.cie.enabled) && (
            <section className="card card-bg rounded no-after mt-4" aria-labelledby="login-cie-title">
              <div className="card-body">
                <h2 id="login-cie-title" className="h4">
                  {t.login.cie.title}
                </h2>
                <p>{t.login.cie.text}</p>
                {providers && <CieButton returnTo={returnTo} label={t.login.cie.button} />}
                <p className="mt-3 mb-0">
                  <a href={externalLinks.cieInfo}>{t.login.cie.moreInfo}</a>
                </p>
              </div>
            </section>
          )}

          <p className="mt-4 small">
            {t.login.privacyNotice} <Link href={routes.privacy}>{t.footer.privacy}</Link>
          </p>
        </div>
      </div>
    </div>
  );
}
