'use client';

import { usePathname } from 'next/navigation';
import { breadcrumbTrail } from '../../lib/navigation/breadcrumb-trail';
import { Breadcrumb } from './breadcrumb';

export interface SectionBreadcrumbProps {
  labels: { label: string; home: string; detail: string; segments: Record<string, string> };
}

/** The breadcrumb of a section's nested pages, from the address: the section's layout shows it above each page. */
export function SectionBreadcrumb({ labels }: SectionBreadcrumbProps) {
  const items = breadcrumbTrail(usePathname(), labels.segments, labels.detail);
  if (items.length === 0) return null;
  return (
    <div className="container pt-4">
      <Breadcrumb items={items} labels={labels} />
    </div>
  );
}
