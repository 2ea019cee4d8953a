import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../components/feedback/rating-component';
import { RegistryPageHeader } from '../../components/registry/registry-page-header';
import { RegistryProblem } from '../../components/registry/registry-problem';
import { VisuraDetails } from '../../components/registry/visura-details';
import { getI18n } from '../../i18n/get-i18n';
import { getVisura } from '../../lib/api/registry';
import { requireUser } from '../../lib/auth/require-user';
import { loadRegistry } from '../../lib/registry/load-registry';
import { registryRoutes } from '../../lib/registry/registry-routes';
import { sueRoutes } from '../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.myData.title };
}

/** "I miei dati": the visura anagrafica, the autocertificazione, and the way to ask for a correction. */
export default async function MyDataPage() {
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(registryRoutes.myData)]);
  const m = t.registry.myData;
  const visura = await loadRegistry(getVisura);

  return (
    <div className="container portal-page">
      <RegistryPageHeader section="myData" title={m.title} lead={m.lead} t={t} />
      {visura.ok ? (
        <div className="row g-4 g-lg-5">
          <div className="col-12 col-lg-8">
            <VisuraDetails visura={visura.data} t={m} locale={locale} />
          </div>
          <div className="col-12 col-lg-4">
            <section
              className="card card-bg rounded no-after mb-4"
              aria-labelledby="autocertificazione-title"
            >
              <div className="card-body">
                <h2 id="autocertificazione-title" className="card-title h5">
                  {m.autocertificazioneTitle}
                </h2>
                <p className="card-text">{m.autocertificazioneText}</p>
                {/* A plain link: the browser downloads the PDF through the same-origin /api route. */}
                <a className="btn btn-outline-primary" href={registryRoutes.autocertificazione} download>
                  {m.autocertificazioneLink}
                </a>
              </div>
            </section>
            <section className="card card-bg rounded no-after" aria-labelledby="wrong-data-title">
              <div className="card-body">
                <h2 id="wrong-data-title" className="card-title h5">
                  {m.wrongTitle}
                </h2>
                <p className="card-text">{m.wrongText}</p>
                <Link className="btn btn-outline-primary" href={registryRoutes.corrections}>
                  {m.wrongLink}
                </Link>
              </div>
            </section>
          </div>
        </div>
      ) : (
        <RegistryProblem problem={visura.problem} />
      )}
      {/* Not registry data: shown also to technicians who are not residents. */}
      <section className="card card-bg rounded no-after mt-4 mb-4" aria-labelledby="technician-title">
        <div className="card-body">
          <h2 id="technician-title" className="card-title h5">
            {t.sue.technicianProfile.title}
          </h2>
          <p className="card-text">{t.sue.technicianProfile.cardText}</p>
          <Link className="btn btn-outline-primary" href={sueRoutes.technicianProfile}>
            {t.sue.technicianProfile.title}
          </Link>
        </div>
      </section>
      <RatingComponent page="/i-miei-dati" labels={t.serviceModel.rating} />
    </div>
  );
}
