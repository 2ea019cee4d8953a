import type { Metadata } from 'next';
import { ProseSection } from '../../../components/layout/prose-section';
import { getI18n } from '../../../i18n/get-i18n';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.legalNotes.title };
}

export default async function LegalNotesPage() {
  const { t } = await getI18n();
  const l = t.legalNotes;
  return (
    <div className="container portal-page">
      <article className="portal-prose">
        <h1 className="mb-4">{l.title}</h1>
        <ProseSection id="licenza-contenuti" title={l.contentLicenseTitle}>
          <p>{l.contentLicense}</p>
        </ProseSection>
        <ProseSection id="software" title={l.softwareTitle}>
          <p>{l.software}</p>
        </ProseSection>
        <ProseSection id="responsabilita" title={l.liabilityTitle}>
          <p>{l.liability}</p>
        </ProseSection>
        <ProseSection id="collegamenti-esterni" title={l.externalLinksTitle}>
          <p>{l.externalLinks}</p>
        </ProseSection>
      </article>
    </div>
  );
}
