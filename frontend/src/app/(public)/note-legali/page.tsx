import type { Metadata } from 'next';
import { Breadcrumb } from '../../../components/layout/breadcrumb';
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
      <Breadcrumb items={[{ label: l.title }]} labels={t.serviceModel.breadcrumb} />
      <article className="portal-prose">
        <h1 className="mb-4">{l.title}</h1>
        {/* The model's `data-element` names: the government's validator compares this title and text verbatim. */}
        <section id="licenza-contenuti" className="mt-5" aria-labelledby="licenza-contenuti-title">
          <h2 id="licenza-contenuti-title" className="h4 mb-3" data-element="legal-notes-section">
            {l.contentLicenseTitle}
          </h2>
          <p data-element="legal-notes-body">{l.contentLicense}</p>
        </section>
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
