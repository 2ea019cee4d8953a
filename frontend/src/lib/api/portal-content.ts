import { cache } from 'react';
import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

export type ServiceSummary = components['schemas']['ServiceSummaryView'];
export type ServiceList = components['schemas']['ServiceListView'];
export type ServiceDetail = components['schemas']['ServiceDetailView'];
export type PortalInformation = components['schemas']['PortalInformationView'];

/** `GET /api/public/services`: the comune's services whose text holds every word of `q`, within a category. */
export function getServices(q?: string, category?: string): Promise<ServiceList> {
  return bodyOf(serverApi().GET('/api/public/services', { params: { query: { q, category } } }));
}

/** `GET /api/public/services/{slug}`: one service page ("scheda servizio"); 404 when unknown. */
export function getService(slug: string): Promise<ServiceDetail> {
  return bodyOf(serverApi().GET('/api/public/services/{slug}', { params: { path: { slug } } }));
}

/** `GET /api/public/portal-content`: the FAQ and the footer's configured links; cached per request. */
export const getPortalInformation = cache(
  (): Promise<PortalInformation> => bodyOf(serverApi().GET('/api/public/portal-content')),
);
