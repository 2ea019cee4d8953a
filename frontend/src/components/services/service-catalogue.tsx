import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { ServiceList } from '../../lib/api/portal-content';
import { routes } from '../../lib/routes';

type Labels = Dictionary['serviceModel']['catalogue'];

function categoryHref(category: string | undefined, q: string): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (category) query.set('categoria', category);
  const search = query.toString();
  return search ? `${routes.services}?${search}` : routes.services;
}

/** The search (a GET form: it works without JavaScript) and the categories, as the model's category links. */
function CatalogueFilters({
  list,
  q,
  category,
  labels,
}: {
  list: ServiceList;
  q: string;
  category?: string;
  labels: Labels;
}) {
  return (
    <>
      <search>
        <form method="get" action={routes.services} className="mb-4">
          {category && <input type="hidden" name="categoria" value={category} />}
          <div className="form-group mb-2">
            <label htmlFor="service-search" className="active">
              {labels.searchLabel}
            </label>
            <input
              type="search"
              id="service-search"
              name="q"
              className="form-control"
              defaultValue={q}
              maxLength={100}
              placeholder={labels.searchPlaceholder}
            />
          </div>
          <button type="submit" className="btn btn-primary">
            {labels.searchSubmit}
          </button>
        </form>
      </search>
      <h2 className="h5">{labels.categoriesTitle}</h2>
      <ul className="list-inline">
        <li className="list-inline-item mb-2">
          <Link
            className="chip chip-simple"
            href={categoryHref(undefined, q)}
            aria-current={category ? undefined : 'true'}
          >
            <span className="chip-label">{labels.allCategories}</span>
          </Link>
        </li>
        {list.categories.map((name) => (
          <li className="list-inline-item mb-2" key={name}>
            <Link
              className="chip chip-simple"
              href={categoryHref(name, q)}
              data-element="service-category-link"
              aria-current={category === name ? 'true' : undefined}
            >
              <span className="chip-label">{name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** `/servizi`: every service of the comune as a card whose title is the model's `service-link`. */
export function ServiceCatalogue({
  list,
  q,
  category,
  labels,
}: {
  list: ServiceList;
  q: string;
  category?: string;
  labels: Labels;
}) {
  const count = list.services.length;
  return (
    <div className="row">
      <div className="col-lg-4 mb-4">
        <CatalogueFilters list={list} q={q} category={category} labels={labels} />
        <div className="callout mt-4">
          <p className="mb-2">{labels.bookingText}</p>
          <a href={routes.appointmentBooking} data-element="appointment-booking">
            {labels.booking}
          </a>
        </div>
      </div>
      <div className="col-lg-8">
        <p role="status" className="fw-semibold">
          {count === 1 ? labels.resultsOne : formatMessage(labels.results, { count: String(count) })}
        </p>
        {count === 0 ? (
          <p>{labels.noResults}</p>
        ) : (
          <ul className="row g-4 list-unstyled">
            {list.services.map((service) => (
              <li className="col-12 col-md-6" key={service.slug}>
                <div className="card card-bg rounded h-100 no-after">
                  <div className="card-body">
                    <p className="category-top small mb-2">{service.category}</p>
                    <h3 className="card-title h5">
                      <Link href={routes.service(service.slug)} data-element="service-link">
                        {service.title}
                      </Link>
                    </h3>
                    <p className="card-text mb-0">{service.description}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
