import type { Metadata } from 'next';
import { RatingComponent } from '../../../components/feedback/rating-component';
import { Breadcrumb } from '../../../components/layout/breadcrumb';
import { getI18n } from '../../../i18n/get-i18n';
import { getPortalInformation } from '../../../lib/api/portal-content';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.serviceModel.faq.title };
}

/** `/faq`: the comune's frequently asked questions, from its content file. */
export default async function FaqPage() {
  const [{ t }, information] = await Promise.all([getI18n(), getPortalInformation()]);
  const f = t.serviceModel.faq;
  return (
    <div className="container portal-page">
      <Breadcrumb items={[{ label: f.title }]} labels={t.serviceModel.breadcrumb} />
      <article className="portal-prose">
        <h1 className="mb-3">{f.title}</h1>
        <p className="lead">{f.lead}</p>
        {information.faq.map((entry, index) => (
          <section key={entry.question} className="mt-4" aria-labelledby={`faq-${index}`}>
            <h2 id={`faq-${index}`} className="h5">
              {entry.question}
            </h2>
            <p>{entry.answer}</p>
          </section>
        ))}
      </article>
      <RatingComponent page={routes.faq} labels={t.serviceModel.rating} />
    </div>
  );
}
