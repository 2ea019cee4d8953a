import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../../components/feedback/rating-component';
import { Breadcrumb } from '../../../components/layout/breadcrumb';
import { ServiceCatalogue } from '../../../components/services/service-catalogue';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { getServices } from '../../../lib/api/portal-content';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.serviceModel.catalogue.title };
}

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) ?? '';

/** `/servizi`: the comune's services with a search and categories, readable without logging in. */
export default async function ServicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = first(params.q);
  const category = first(params.categoria) || undefined;
  const topic = first(params.argomento) || undefined;
  const [{ t }, all] = await Promise.all([getI18n(), getServices(q || undefined, category)]);
  const list = topic
    ? { ...all, services: all.services.filter((service) => service.topics.includes(topic)) }
    : all;
  const c = t.serviceModel.catalogue;
  return (
    <div className="container portal-page">
      <Breadcrumb items={[{ label: c.title }]} labels={t.serviceModel.breadcrumb} />
      <h1 className="mb-3">{c.title}</h1>
      <p className="lead mb-4">{c.lead}</p>
      {topic && (
        <p className="mb-4" data-element="topic-filter">
          {formatMessage(t.serviceModel.topics.filter, { topic })}{' '}
          <Link href={routes.services}>{t.serviceModel.topics.removeFilter}</Link>
        </p>
      )}
      <ServiceCatalogue list={list} q={q} category={category} labels={c} />
      <RatingComponent page={routes.services} labels={t.serviceModel.rating} />
    </div>
  );
}
