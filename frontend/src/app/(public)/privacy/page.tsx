import type { Metadata } from 'next';
import { ProseSection } from '../../../components/layout/prose-section';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { getMunicipality } from '../../../lib/api/municipality';
import { externalLinks } from '../../../lib/external-links';
import { municipalityTitle } from '../../../lib/municipality/municipality-title';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.privacy.title };
}

/** The information notice of article 13 GDPR for the portal. */
export default async function PrivacyPage() {
  const [{ t }, municipality] = await Promise.all([getI18n(), getMunicipality()]);
  const comune = municipalityTitle(municipality, t);
  const p = t.privacy;
  const contacts = municipality?.contacts;

  return (
    <div className="container portal-page">
      <article className="portal-prose">
        <h1 className="mb-4">{p.title}</h1>
        <p className="lead">{p.intro}</p>

        <ProseSection id="titolare" title={p.controllerTitle}>
          <p>{formatMessage(p.controller, { comune })}</p>
          {contacts && (
            <dl>
              <dt>{t.footer.address}</dt>
              <dd>{contacts.address}</dd>
              <dt>{t.footer.pec}</dt>
              <dd>
                <a href={`mailto:${contacts.pec}`}>{contacts.pec}</a>
              </dd>
              <dt>{t.footer.email}</dt>
              <dd>
                <a href={`mailto:${contacts.email}`}>{contacts.email}</a>
              </dd>
            </dl>
          )}
        </ProseSection>

        <ProseSection id="rpd" title={p.dpoTitle}>
          <p>{p.dpo}</p>
        </ProseSection>

        <ProseSection id="finalita" title={p.purposesTitle}>
          <p>{p.purposes}</p>
        </ProseSection>

        <ProseSection id="dati" title={p.dataTitle}>
          <p>{p.data}</p>
        </ProseSection>

        <ProseSection id="cookie" title={p.cookiesTitle}>
          <p>{p.cookies}</p>
        </ProseSection>

        <ProseSection id="conservazione" title={p.retentionTitle}>
          <p>{p.retention}</p>
        </ProseSection>

        <ProseSection id="destinatari" title={p.recipientsTitle}>
          <p>{p.recipients}</p>
        </ProseSection>

        <ProseSection id="diritti" title={p.rightsTitle}>
          <p>{p.rights}</p>
          <p>
            <a href={externalLinks.dataProtectionAuthority}>{p.authorityLink}</a>
          </p>
        </ProseSection>
      </article>
    </div>
  );
}
