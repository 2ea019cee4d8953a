import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { registryRoutes } from '../../lib/registry/registry-routes';

export type OfficeSection = 'search' | 'queue' | 'imports';

/** Eyebrow, title and the sections of the registry office (search, rettifica queue, imports). */
export function RegistryOfficeHeader({
  section,
  title,
  lead,
  t,
}: {
  section: OfficeSection;
  title: string;
  lead?: string;
  t: Dictionary['registry']['office'];
}) {
  const links: { section: OfficeSection; href: string; label: string }[] = [
    { section: 'search', href: registryRoutes.office, label: t.search.title },
    { section: 'queue', href: registryRoutes.officeCorrections, label: t.queue.title },
    { section: 'imports', href: registryRoutes.officeImports, label: t.imports.title },
  ];
  return (
    <>
      <p className="portal-eyebrow">{t.eyebrow}</p>
      <h1 className="mb-3">{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      <nav aria-label={t.sections} className="mb-4">
        <ul className="nav nav-tabs flex-wrap">
          {links.map((link) => (
            <li className="nav-item" key={link.section}>
              <Link
                className={link.section === section ? 'nav-link active' : 'nav-link'}
                href={link.href}
                aria-current={link.section === section ? 'page' : undefined}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
