import type { ServiceCard } from './portal-content.js';

export interface GovernmentServiceJsonLd {
  '@context': 'https://schema.org';
  '@type': 'GovernmentService';
  name: string;
  description: string;
  serviceType: string;
  serviceOperator: { '@type': 'GovernmentOrganization'; name: string };
  areaServed: { '@type': 'AdministrativeArea'; name: string };
  audience: { '@type': 'Audience'; audienceType: string };
  availableChannel: {
    '@type': 'ServiceChannel';
    serviceUrl: string;
    serviceLocation: {
      '@type': 'Place';
      name: string;
      address: {
        '@type': 'PostalAddress';
        streetAddress: string;
        postalCode: string;
        addressLocality: string;
      };
    };
  };
}

/**
 * The schema.org `GovernmentService` block of a service page, with the members the government's validator
 * requires (name, serviceType, serviceOperator, areaServed, audience, availableChannel with its serviceUrl and
 * the office's postal address). `publicUrl` makes a portal path absolute.
 */
export function governmentServiceJsonLd(
  service: ServiceCard,
  municipalityName: string,
  publicUrl: string,
): GovernmentServiceJsonLd {
  const serviceUrl = service.access.url.startsWith('/')
    ? `${publicUrl}${service.access.url}`
    : service.access.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.description,
    serviceType: service.category,
    serviceOperator: { '@type': 'GovernmentOrganization', name: `Comune di ${municipalityName}` },
    areaServed: { '@type': 'AdministrativeArea', name: municipalityName },
    audience: { '@type': 'Audience', audienceType: service.audienceType },
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl,
      serviceLocation: {
        '@type': 'Place',
        name: service.office.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: service.office.streetAddress,
          postalCode: service.office.postalCode,
          addressLocality: service.office.locality,
        },
      },
    },
  };
}
