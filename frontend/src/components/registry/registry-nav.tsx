import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { registryRoutes } from '../../lib/registry/registry-routes';

export type RegistrySection = 'myData' | 'household' | 'corrections' | 'accessLog';

const SECTIONS: readonly RegistrySection[] = ['myData', 'household', 'corrections', 'accessLog'];

/** The four pages of the resident's registry data, as tabs that wrap on a phone. */
export function RegistryNav({ current, t }: { current: RegistrySection; t: Dictionary['registry']['nav'] }) {
  return (
    <nav aria-label={t.label} className="mb-4">
      <ul className="nav nav-tabs flex-wrap">
        {SECTIONS.map((section) => (
          <li className="nav-item" key={section}>
            <Link
              className={section === current ? 'nav-link active' : 'nav-link'}
              href={registryRoutes[section]}
              aria-current={section === current ? 'page' : undefined}
            >
              {t[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
