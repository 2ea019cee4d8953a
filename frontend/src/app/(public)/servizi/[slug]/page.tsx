import type { Metadata } from 'next';
import { RatingComponent } from '../../../../components/feedback/rating-component';
import { Breadcrumb } from '../../../../components/layout/breadcrumb';
import { ServiceSheetHeader } from '../../../../components/services/service-sheet-header';
import { ServiceSheetIndex } from '../../../../components/services/service-sheet-index';
import { ServiceSheetSections } from '../../../../components/services/service-sheet-sections';
import { getI18n } from '../../../../i18n/get-i18n';
import { orNotFound } from '../../../../lib/api/or-not-found';
import { getService } from '../../../../lib/api/portal-content';
import { routes } from '../../../../lib/routes';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = await orNotFound(getService((await params).slug));
  return { title: service.title, description: service.description };
}

/** `/servizi/{slug}`: the model's "scheda servizio", readable without logging in. */
export default async function ServicePage({ params }: Props) {
  const { slug } = await params;
  const [{ t }, service] = await Promise.all([getI18n(), orNotFound(getService(slug))]);
  const m = t.serviceModel;
  // `<` escaped so no text of the file can close the script element.
  const jsonLd = JSON.stringify(service.jsonLd).replace(/</g, '\\u003c');
  return (
    <div className="container portal-page">
      <script
        type="application/ld+json"
        data-element="metatag"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is a data block; `<` is escaped above.
        dangerouslySetInnerHTML={{ __html: jsonLd }}
      />
      <Breadcrumb
        items={[{ label: m.catalogue.title, href: routes.services }, { label: service.title }]}
        labels={m.breadcrumb}
      />
      <ServiceSheetHeader service={service} labels={m.sheet} />
      <div className="row">
        <div className="col-lg-3">
          <ServiceSheetIndex labels={m.sheet} />
        </div>
        <div className="col-lg-8 offset-lg-1">
          <ServiceSheetSections service={service} labels={m.sheet} />
        </div>
      </div>
      <RatingComponent page={routes.service(slug)} labels={m.rating} />
    </div>
  );
}
