import Link from 'next/link';

export interface BreadcrumbItem {
  label: string;
  /** Absent for the current page, the last item. */
  href?: string;
}

/**
 * Bootstrap Italia breadcrumb with the model's `data-element="breadcrumb"`: the government's validator reads
 * its `li` texts (on a service page, "Servizi" followed by the service). Home comes first by itself.
 */
export function Breadcrumb({
  items,
  labels,
}: {
  items: BreadcrumbItem[];
  labels: { label: string; home: string };
}) {
  const all: BreadcrumbItem[] = [{ label: labels.home, href: '/' }, ...items];
  return (
    <nav className="breadcrumb-container" aria-label={labels.label}>
      <ol className="breadcrumb p-0" data-element="breadcrumb">
        {all.map((item, index) => {
          const last = index === all.length - 1;
          return (
            <li
              key={item.href ?? item.label}
              className={last ? 'breadcrumb-item active' : 'breadcrumb-item'}
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
