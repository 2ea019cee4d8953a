import '../styles/bootstrap-italia.scss';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { InterfaceEnhancements } from '../components/enhancements/interface-enhancements';
import { SiteFooter } from '../components/footer/site-footer';
import { SiteHeader } from '../components/header/site-header';
import { ClientMessagesProvider } from '../components/i18n/client-messages';
import { IconSprite } from '../components/icon/icon-sprite';
import { MAIN_CONTENT_ID, SkipLinks } from '../components/layout/skip-links';
import { formatMessage } from '../i18n/format-message';
import { getI18n } from '../i18n/get-i18n';
import { getCurrentUser } from '../lib/api/auth';
import { CSRF_COOKIE } from '../lib/api/csrf';
import { getUnreadMessageCount } from '../lib/api/messages';
import { getMunicipality } from '../lib/api/municipality';
import { municipalityTitle } from '../lib/municipality/municipality-title';

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, municipality] = await Promise.all([getI18n(), getMunicipality()]);
  const comune = municipalityTitle(municipality, t);
  return {
    title: { template: `%s | ${t.meta.siteName} — ${comune}`, default: `${t.meta.siteName} — ${comune}` },
    description: formatMessage(t.meta.description, { comune }),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0066cc',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [i18n, municipality, user, cookieStore, unreadMessages] = await Promise.all([
    getI18n(),
    getMunicipality(),
    getCurrentUser(),
    cookies(),
    getCurrentUser().then((current) => (current ? getUnreadMessageCount() : null)),
  ]);
  const { locale, t } = i18n;
  return (
    <html lang={locale}>
      <body>
        <IconSprite />
        <SkipLinks t={t} />
        <SiteHeader
          i18n={i18n}
          municipality={municipality}
          user={user}
          csrfToken={cookieStore.get(CSRF_COOKIE)?.value}
          unreadMessages={unreadMessages}
        />
        <main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <ClientMessagesProvider messages={{ errorPage: t.errorPage }}>{children}</ClientMessagesProvider>
        </main>
        <SiteFooter t={t} municipality={municipality} />
        <InterfaceEnhancements />
      </body>
    </html>
  );
}
