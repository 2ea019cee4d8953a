import type { Metadata } from 'next';
import { ProseSection } from '../../../components/layout/prose-section';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { getMunicipality } from '../../../lib/api/municipality';
import { externalLinks } from '../../../lib/external-links';
import { municipalityTitle } from '../../../lib/municipality/municipality-title';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.accessibility.title };
}

/** The accessibility statement in the shape of AgID's model (L. 4/2004, D.Lgs. 106/2018). */
export default async function AccessibilityStatementPage() {
  const [{ t }, municipality] = await Promise.all([getI18n(), getMunicipality()]);
  const comune = municipalityTitle(municipality, t);
  const a = t.accessibility;

  return (
    <div className="container portal-page">
      <article className="portal-prose">
        <h1 className="mb-4">{a.title}</h1>
        {a.intro.map((paragraph) => (
          <p key={paragraph}>{formatMessage(paragraph, { comune })}</p>
        ))}

        <ProseSection id="conformita" title={a.conformanceTitle}>
          <p>{a.conformance}</p>
        </ProseSection>

        <ProseSection id="contenuti-non-accessibili" title={a.nonAccessibleTitle}>
          <ul>
            {a.nonAccessible.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </ProseSection>

        <ProseSection id="redazione" title={a.preparationTitle}>
          <p>{a.preparation}</p>
        </ProseSection>

        <ProseSection id="feedback" title={a.feedbackTitle}>
          <p>{a.feedback}</p>
          <p>
            {municipality ? (
              <a href={`mailto:${municipality.contacts.email}`}>
                {formatMessage(a.feedbackLink, { email: municipality.contacts.email })}
              </a>
            ) : (
              a.feedbackFallback
            )}
          </p>
        </ProseSection>

        <ProseSection id="procedura-di-attuazione" title={a.enforcementTitle}>
          <p>{a.enforcement}</p>
          <p>
            <a href={externalLinks.agidFeedback}>{a.enforcementLink}</a>
          </p>
        </ProseSection>
      </article>
    </div>
  );
}
