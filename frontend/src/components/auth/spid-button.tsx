import type { Dictionary } from '../../i18n/dictionary';
import type { SpidProvider } from '../../lib/api/auth';
import { loginUrl } from '../../lib/auth/login-url';
import { externalLinks } from '../../lib/external-links';

/** The SPID mark of the official button: a blue figure in a white circle. */
function SpidMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="16" fill="#fff" />
      <circle cx="16" cy="11.5" r="4.5" fill="#06c" />
      <path d="M8.5 25c0-4.4 3.4-7.5 7.5-7.5s7.5 3.1 7.5 7.5z" fill="#06c" />
    </svg>
  );
}

export interface SpidButtonProps {
  providers: SpidProvider[];
  returnTo: string;
  t: Dictionary['login']['spid'];
}

/**
 * "Entra con SPID" opening the list of identity providers, as AgID's spid-sp-access-button does,
 * built on `<details>` so the list opens without JavaScript too.
 */
export function SpidButton({ providers, returnTo, t }: SpidButtonProps) {
  return (
    <details className="portal-dropdown portal-spid-dropdown d-inline-block">
      <summary className="portal-id-button">
        <span className="portal-id-button-mark">
          <SpidMark />
        </span>
        <span>{t.button}</span>
      </summary>
      <div className="dropdown-menu">
        <div className="link-list-wrapper">
          <p className="px-3 pt-2 mb-1 small fw-semibold" id="spid-providers-title">
            {t.chooseProvider}
          </p>
          <ul className="link-list" aria-labelledby="spid-providers-title">
            {providers.length === 0 && (
              <li>
                <span className="list-item">{t.noProviders}</span>
              </li>
            )}
            {providers.map((provider) => (
              <li key={provider.id}>
                <a
                  className="list-item portal-spid-provider"
                  href={loginUrl({ provider: 'spid', idp: provider.id, returnTo })}
                >
                  {provider.logoUrl ? (
                    // biome-ignore lint/performance/noImgElement: identity providers' marks come from the backend.
                    <img src={provider.logoUrl} alt={provider.name} />
                  ) : (
                    <span>{provider.name}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
          <ul className="link-list portal-spid-support">
            <li>
              <a className="list-item" href={externalLinks.spidInfo}>
                <span>{t.moreInfo}</span>
              </a>
            </li>
            <li>
              <a className="list-item" href={externalLinks.spidRequest}>
                <span>{t.request}</span>
              </a>
            </li>
            <li>
              <a className="list-item" href={externalLinks.spidHelp}>
                <span>{t.help}</span>
              </a>
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}
