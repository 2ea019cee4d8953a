import type { BreadcrumbItem } from '../../components/layout/breadcrumb';

/** Folders of the portal that have no page of their own: their crumb is text, not a link. */
const WITHOUT_PAGE = new Set(['/backoffice/anagrafe/persone']);

/**
 * The crumbs after "Home" for a nested page (`/pratiche/42` → Pratiche edilizie › Dettaglio); none for a
 * first-level page. Known folders take their label from `segments`; anything else (an id, a code) is `detail`.
 */
export function breadcrumbTrail(
  pathname: string,
  segments: Record<string, string>,
  detail: string,
): BreadcrumbItem[] {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length < 2) return [];
  return parts.map((part, index) => {
    const href = `/${parts.slice(0, index + 1).join('/')}`;
    const label = Object.hasOwn(segments, part) ? segments[part] : detail;
    const last = index === parts.length - 1;
    return last || WITHOUT_PAGE.has(href) ? { label } : { label, href };
  });
}
