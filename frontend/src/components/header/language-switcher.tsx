'use client';

import { usePathname } from 'next/navigation';
import { type Locale, locales } from '../../i18n/locale';
import { routes } from '../../lib/routes';
import { Icon } from '../icon/icon';

export interface LanguageSwitcherProps {
  locale: Locale;
  labels: {
    current: string;
    selected: string;
    short: Record<Locale, string>;
    names: Record<Locale, string>;
  };
}

/** Plain links to the route that sets the `lang` cookie: works without JavaScript. */
export function LanguageSwitcher({ locale, labels }: LanguageSwitcherProps) {
  const pathname = usePathname();
  const switchUrl = (target: Locale) =>
    `${routes.language}?${new URLSearchParams({ to: target, returnTo: pathname })}`;

  return (
    <details className="nav-item dropdown portal-dropdown portal-language-switcher">
      <summary className="nav-link dropdown-toggle">
        <span className="visually-hidden">{labels.current}</span>
        <span>{labels.short[locale]}</span>
        <Icon name="expand" className="portal-dropdown-chevron" />
      </summary>
      <div className="dropdown-menu">
        <div className="link-list-wrapper">
          <ul className="link-list">
            {locales.map((target) => (
              <li key={target}>
                {/* A plain anchor: prefetching it would switch the language. */}
                <a
                  className="dropdown-item list-item"
                  href={switchUrl(target)}
                  lang={target}
                  hrefLang={target}
                  aria-current={target === locale ? 'true' : undefined}
                >
                  <span>
                    {labels.names[target]}
                    {target === locale && <span className="visually-hidden"> {labels.selected}</span>}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
