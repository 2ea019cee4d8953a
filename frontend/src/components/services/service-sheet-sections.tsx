import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import type { ServiceDetail } from '../../lib/api/portal-content';
import { routes } from '../../lib/routes';

type Labels = Dictionary['serviceModel']['sheet'];

/** The model's index, in its order; `id` is the anchor of each section. */
export const SECTION_IDS = [
  ['audience', 'a-chi-e-rivolto'],
  ['howTo', 'come-fare'],
  ['needed', 'cosa-serve'],
  ['achieved', 'cosa-si-ottiene'],
  ['times', 'tempi-e-scadenze'],
  ['costs', 'costi'],
  ['access', 'accedi-al-servizio'],
  ['conditions', 'condizioni-di-servizio'],
  ['contacts', 'contatti'],
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="mb-5" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h3 mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Paragraphs({ items, element }: { items: string[]; element?: string }) {
  return (
    <div data-element={element}>
      {items.map((item) => (
        <p key={item}>{item}</p>
      ))}
    </div>
  );
}

function List({ items, element }: { items: string[]; element?: string }) {
  return (
    <ul data-element={element}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const ACCESS_ELEMENT = {
  online: 'service-online-access',
  booking: 'service-booking-access',
  generic: 'service-generic-access',
};

function Access({ service, labels }: { service: ServiceDetail; labels: Labels }) {
  return (
    <>
      <p>{service.access.note}</p>
      <a
        className="btn btn-primary me-3 mb-3"
        href={service.access.url}
        data-element={ACCESS_ELEMENT[service.access.kind]}
      >
        {service.access.label}
      </a>
      {service.access.kind !== 'booking' && (
        <>
          <p className="mb-2">{labels.bookingText}</p>
          <a
            className="btn btn-outline-primary mb-3"
            href={routes.appointmentBooking}
            data-element="service-booking-access"
          >
            {labels.bookAppointment}
          </a>
        </>
      )}
    </>
  );
}

function Contacts({ service, labels }: { service: ServiceDetail; labels: Labels }) {
  const office = service.office;
  return (
    <div className="card card-bg rounded no-after" data-element="service-area">
      <div className="card-body">
        <h3 className="h5">{office.name}</h3>
        <dl className="mb-2">
          <dt>{labels.address}</dt>
          <dd>{`${office.streetAddress}, ${office.postalCode} ${office.locality}`}</dd>
          <dt>{labels.phone}</dt>
          <dd>
            <a href={`tel:${office.phone.replace(/[^+\d]/g, '')}`}>{office.phone}</a>
          </dd>
          <dt>{labels.email}</dt>
          <dd>
            <a href={`mailto:${office.email}`}>{office.email}</a>
          </dd>
          <dt>{labels.hours}</dt>
          <dd>{office.hours}</dd>
        </dl>
        <a href={routes.appointmentBooking} data-element="appointment-booking">
          {labels.bookAppointment}
        </a>
      </div>
    </div>
  );
}

// Booking links are plain anchors: the booking pages belong to another module, and a prefetch of a route this
// build lacks would keep the page loading.

/** The body of the "scheda servizio": each section of the model's index, with its `data-element`. */
export function ServiceSheetSections({ service, labels }: { service: ServiceDetail; labels: Labels }) {
  const [audience, howTo, needed, achieved, times, costs, access, conditions, contacts] = SECTION_IDS.map(
    ([, id]) => id,
  );
  return (
    <>
      <Section id={audience} title={labels.audience}>
        <Paragraphs items={service.audience} element="service-addressed" />
      </Section>
      <Section id={howTo} title={labels.howTo}>
        <div data-element="service-how-to">
          <ol>
            {service.howTo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      </Section>
      <Section id={needed} title={labels.needed}>
        <List items={service.needed} element="service-needed" />
      </Section>
      <Section id={achieved} title={labels.achieved}>
        <Paragraphs items={service.achieved} element="service-achieved" />
      </Section>
      <Section id={times} title={labels.times}>
        <Paragraphs items={service.times} element="service-calendar-text" />
      </Section>
      <Section id={costs} title={labels.costs}>
        <Paragraphs items={service.costs} />
      </Section>
      <Section id={access} title={labels.access}>
        <Access service={service} labels={labels} />
      </Section>
      <Section id={conditions} title={labels.conditions}>
        <p>{service.conditions.text}</p>
        <a href={service.conditions.url} data-element="service-file">
          {service.conditions.label}
        </a>
      </Section>
      <Section id={contacts} title={labels.contacts}>
        <Contacts service={service} labels={labels} />
      </Section>
    </>
  );
}
