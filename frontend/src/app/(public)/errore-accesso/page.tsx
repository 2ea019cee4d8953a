import type { Metadata } from 'next';
import Link from 'next/link';
import type { Dictionary } from '../../../i18n/dictionary';
import { getI18n } from '../../../i18n/get-i18n';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.loginError.title };
}

type LoginErrorCode = Exclude<keyof Dictionary['loginError']['messages'], 'default'>;

function knownCode(code: unknown, messages: Dictionary['loginError']['messages']): LoginErrorCode | null {
  return typeof code === 'string' && code !== 'default' && Object.hasOwn(messages, code)
    ? (code as LoginErrorCode)
    : null;
}

/** Where the backend sends the browser when a SPID/CIE login fails: `/errore-accesso?code=...`. */
export default async function LoginErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code } = await searchParams;
  const { t } = await getI18n();
  const known = knownCode(code, t.loginError.messages);

  return (
    <div className="container portal-page">
      <div className="portal-prose">
        <h1 className="mb-3">{t.loginError.title}</h1>
        <div className="alert alert-danger" role="alert">
          <p className="mb-0">{known ? t.loginError.messages[known] : t.loginError.messages.default}</p>
          {known && (
            <p className="mb-0 mt-2 small">
              {t.loginError.codeLabel}: <code>{known}</code>
            </p>
          )}
        </div>
        <div className="d-flex flex-wrap gap-3">
          <Link className="btn btn-primary" href={routes.login}>
            {t.loginError.retry}
          </Link>
          <Link className="btn btn-outline-primary" href={routes.home}>
            {t.common.backHome}
          </Link>
        </div>
      </div>
    </div>
  );
}
