import Link from 'next/link';
import type { I18n } from '../../i18n/get-i18n';
import { type CurrentUser, isStaff } from '../../lib/api/auth';
import type { Municipality } from '../../lib/api/municipality';
import { municipalityTitle } from '../../lib/municipality/municipality-title';
import { routes } from '../../lib/routes';
import { MainNavigation, type NavigationItem } from './main-navigation';
import { MunicipalityBrand } from './municipality-brand';
import { SlimHeader } from './slim-header';

export interface SiteHeaderProps {
  i18n: I18n;
  municipality: Municipality | null;
  user: CurrentUser | null;
  csrfToken: string | undefined;
  /** The logged-in person's unread messages, `null` when unknown. */
  unreadMessages: number | null;
}

/** Designers Italia "modello Comuni" header: slim header, centre header with the comune, navbar. */
export function SiteHeader({ i18n, municipality, user, csrfToken, unreadMessages }: SiteHeaderProps) {
  const { t } = i18n;
  const title = municipalityTitle(municipality, t);
  const navigation: NavigationItem[] = [
    { href: routes.home, label: t.nav.personalArea },
    { href: routes.services, label: t.nav.services, dataElement: 'all-services' },
    { href: routes.certificates, label: t.nav.certificates },
    { href: routes.permits, label: t.nav.permits },
    { href: routes.payments, label: t.nav.payments },
    ...(user && isStaff(user) ? [{ href: routes.backOffice, label: t.nav.backOffice }] : []),
  ];

  return (
    <header className="it-header-wrapper">
      <SlimHeader
        i18n={i18n}
        region={municipality?.region}
        user={user}
        csrfToken={csrfToken}
        unreadMessages={unreadMessages}
      />
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
