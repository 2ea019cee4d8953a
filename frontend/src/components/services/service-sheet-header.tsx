import type { Dictionary } from '../../i18n/dictionary';
import type { ServiceDetail } from '../../lib/api/portal-content';

/** Title, short description, status and topics: the head of the model's "scheda servizio". */
export function ServiceSheetHeader({
  service,
  labels,
}: {
  service: ServiceDetail;
  labels: Dictionary['serviceModel']['sheet'];
}) {
  const active = service.status === 'active';
  return (
    <header className="mb-4">
      <h1 className="mb-3" data-element="service-title">
        {service.title}
      </h1>
      <p className="lead" data-element="service-description">
        {service.description}
      </p>
      <p className="mb-2">
        <span className="visually-hidden">{labels.status}: </span>
        <span
          className={`chip chip-simple ${active ? 'chip-success' : 'chip-danger'}`}
          data-element="service-status"
        >
          <span className="chip-label">{active ? labels.active : labels.inactive}</span>
        </span>
        {service.statusNote && <span className="ms-2">{service.statusNote}</span>}
      </p>
      <div>
        <h2 className="visually-hidden">{labels.topics}</h2>
        <ul className="list-inline mb-0" aria-label={labels.topics}>
          {service.topics.map((topic) => (
            <li className="list-inline-item" key={topic}>
              <span className="chip chip-simple" data-element="service-topic">
                <span className="chip-label">{topic}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </header>
  );
}
