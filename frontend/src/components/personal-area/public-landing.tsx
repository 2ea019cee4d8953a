import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { ServiceSummary } from '../../lib/api/portal-content';
import { routes } from '../../lib/routes';
import { Icon } from '../icon/icon';
import { ServiceList } from '../services/service-list';
import { ServiceSheetCards } from '../services/service-sheet-cards';

export interface PublicLandingProps {
  t: Dictionary;
  /** "Comune di Spino d'Adda", or the generic fallback. */
  comune: string;
  /** The comune's service pages; `null` when the backend cannot say (the cards then lead to the services). */
  services: ServiceSummary[] | null;
}

/** What an anonymous visitor sees at `/`: what the portal offers and how to get in. */
export function PublicLanding({ t, comune, services }: PublicLandingProps) {
  return (
    <div className="container portal-page">
      <div className="row">
        <div className="col-lg-8">
          <h1 className="mb-3">{formatMessage(t.landing.title, { comune })}</h1>
          <p className="lead">{t.landing.lead}</p>
          <Link className="btn btn-primary btn-lg btn-icon mt-2" href={routes.login}>
            <Icon name="user" className="icon-white me-2" />
            <span>{t.landing.loginCta}</span>
          </Link>
        </div>
        <div className="col-lg-4 mt-4 mt-lg-0">
          <div className="callout">
            <div className="callout-title">
              <Icon name="info-circle" />
              <h2 className="h5 mb-0">{t.landing.howToAccessTitle}</h2>
            </div>
            <p className="mb-0">{t.landing.howToAccessText}</p>
          </div>
        </div>
      </div>

      <section className="mt-5" aria-labelledby="services-title">
        <h2 id="services-title" className="h3 mb-4">
          {t.landing.servicesTitle}
        </h2>
        {services ? <ServiceSheetCards services={services} t={t} /> : <ServiceList t={t} />}
      </section>
    </div>
  );
}
