import { formatMessage } from '../../i18n/format-message';
import type { I18n } from '../../i18n/get-i18n';
import type { CurrentUser } from '../../lib/api/auth';
import { regionPortalUrl } from '../../lib/municipality/region-portal-url';
import { LanguageSwitcher } from './language-switcher';
import { LoginLink } from './login-link';
import { UserMenu } from './user-menu';

/** The slim header's strip: the region (a link to its portal when known), the language and the user menu. */
export function SlimHeader({
  i18n: { locale, t },
  region,
  user,
  csrfToken,
  unreadMessages,
}: {
  i18n: I18n;
  region: string | undefined;
  user: CurrentUser | null;
  csrfToken: string | undefined;
  unreadMessages: number | null;
}) {
  const regionUrl = region ? regionPortalUrl(region) : undefined;
  return (
    <div className="it-header-slim-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <div className="it-header-slim-wrapper-content">
              {region && regionUrl ? (
                <a
                  className="d-lg-block navbar-brand"
                  href={regionUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={formatMessage(t.header.regionLinkLabel, { region })}
                >
                  {formatMessage(t.header.region, { region })}
                </a>
              ) : (
                <span className="navbar-brand">
                  {region ? formatMessage(t.header.region, { region }) : ''}
                </span>
              )}
              <nav className="it-header-slim-right-zone" aria-label={t.header.utilityNavigation}>
                <LanguageSwitcher locale={locale} labels={t.language} />
                {user ? (
                  <UserMenu user={user} csrfToken={csrfToken} t={t} unreadMessages={unreadMessages} />
                ) : (
                  <LoginLink label={t.header.login} />
                )}
              </nav>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
