import Link from 'next/link';
import { formatMessage } from '../../i18n/format-message';
import type { I18n } from '../../i18n/get-i18n';
import { type CurrentUser, isStaff } from '../../lib/api/auth';
import type { Municipality } from '../../lib/api/municipality';
import { municipalityTitle } from '../../lib/municipality/municipality-title';
import { regionPortalUrl } from '../../lib/municipality/region-portal-url';
import { routes } from '../../lib/routes';
import { LanguageSwitcher } from './language-switcher';
import { LoginLink } from './login-link';
import { MainNavigation, type NavigationItem } from './main-navigation';
import { MunicipalityBrand } from './municipality-brand';
import { UserMenu } from './user-menu';

export interface SiteHeaderProps {
  i18n: I18n;
  municipality: Municipality | null;
  user: CurrentUser | null;
  csrfToken: string | undefined;
  /** The logged-in person's unread messages, `null` when unknown. */
  unreadMessages: number | null;
}

/** Designers Italia "modello Comuni" header: slim header, centre header with the comune, navbar. */
export function SiteHeader({
  i18n: { locale, t },
  municipality,
  user,
  csrfToken,
  unreadMessages,
}: SiteHeaderProps) {
  const title = municipalityTitle(municipality, t);
  const region = municipality?.region;
  const regionUrl = region ? regionPortalUrl(region) : undefined;
  const navigation: NavigationItem[] = [
    { href: routes.home, label: t.nav.personalArea },
    { href: routes.certificates, label: t.nav.certificates },
    { href: routes.permits, label: t.nav.permits },
    { href: routes.payments, label: t.nav.payments },
    ...(user && isStaff(user) ? [{ href: routes.backOffice, label: t.nav.backOffice }] : []),
  ];

  return (
    <header className="it-header-wrapper">
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
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link href={routes.home}>
                      <MunicipalityBrand
                        municipality={municipality}
                        title={title}
                        tagline={t.header.brandSubtitle}
                      />
                    </Link>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-navbar-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <MainNavigation
                  items={navigation}
                  labels={{
                    navigation: t.header.mainNavigation,
                    toggle: t.header.toggleNavigation,
                    close: t.header.closeNavigation,
                  }}
                />
              </div>
            </div>
          </div>
        </div>
      </div>
      <noscript>
        <div className="portal-noscript-bar d-lg-none">
          <div className="container">
            <ul className="portal-noscript-navigation">
              {navigation.map((item) => (
                <li key={item.href}>
                  <Link className="portal-noscript-link" href={item.href}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </noscript>
    </header>
  );
}
