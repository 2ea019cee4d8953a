import type { ReactNode } from 'react';
import { SectionLayout } from '../../components/layout/section-layout';

/** The section's nested pages carry the model's breadcrumb. */
export default function Layout({ children }: { children: ReactNode }) {
  return <SectionLayout>{children}</SectionLayout>;
}
