import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { ServiceSummary } from '../../lib/api/portal-content';
import { routes } from '../../lib/routes';

/** The public home's service cards: each leads to its service page, readable before logging in. */
export function ServiceSheetCards({ services, t }: { services: ServiceSummary[]; t: Dictionary }) {
  return (
    <>
      <ul className="row g-4 list-unstyled mb-4">
        {services.map((service) => (
          <li className="col-12 col-md-6 col-xl-4" key={service.slug}>
            <div className="card-wrapper h-100 pb-0">
              <div className="card card-bg rounded h-100 no-after">
                <div className="card-body">
                  <p className="category-top small mb-2">{service.category}</p>
                  <h3 className="card-title h5">
                    <Link href={routes.service(service.slug)}>{service.title}</Link>
                  </h3>
                  <p className="card-text mb-0">{service.description}</p>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <Link className="btn btn-outline-primary" href={routes.services} data-element="all-services">
        {t.serviceModel.catalogue.title}
      </Link>
    </>
  );
}
