import Link from 'next/link';

export interface Crumb {
  label: string;
  href?: string;
}

/** Bootstrap Italia breadcrumb, marked as the service model asks (`data-element="breadcrumb"`). */
export function AppointmentBreadcrumb({ label, items }: { label: string; items: readonly Crumb[] }) {
  return (
    <nav className="breadcrumb-container d-print-none" aria-label={label}>
      <ol className="breadcrumb p-0" data-element="breadcrumb">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li
              className={`breadcrumb-item${last ? ' active' : ''}`}
              key={item.label}
              aria-current={last ? 'page' : undefined}
            >
              {item.href && !last ? <Link href={item.href}>{item.label}</Link> : item.label}
              {!last && <span className="separator">/</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
