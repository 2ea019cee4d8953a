import type { ReactNode } from 'react';
import { getI18n } from '../../i18n/get-i18n';
import { SectionBreadcrumb } from './section-breadcrumb';

/** The layout of a section with nested pages: the breadcrumb, then the page. */
export async function SectionLayout({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <>
      <SectionBreadcrumb labels={t.serviceModel.breadcrumb} />
      {children}
    </>
  );
}
