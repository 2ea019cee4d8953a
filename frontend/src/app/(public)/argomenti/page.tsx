import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../../components/feedback/rating-component';
import { Breadcrumb } from '../../../components/layout/breadcrumb';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { getServices, type ServiceList } from '../../../lib/api/portal-content';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.serviceModel.topics.title };
}

/** Every topic of the services, with how many services carry it, in the vocabulary's alphabetical order. */
function topicsOf(list: ServiceList): { topic: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const service of list.services) {
    for (const topic of service.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => a.topic.localeCompare(b.topic, 'it'));
}

/** `/argomenti`: the model's "all topics" page (`topic-element`s), each leading to its services. */
export default async function TopicsPage() {
  const [{ t }, list] = await Promise.all([getI18n(), getServices()]);
  const labels = t.serviceModel.topics;
  return (
    <div className="container portal-page">
      <Breadcrumb items={[{ label: labels.title }]} labels={t.serviceModel.breadcrumb} />
      <h1 className="mb-3">{labels.title}</h1>
      <p className="lead mb-4">{labels.lead}</p>
      <ul className="row g-3 list-unstyled">
        {topicsOf(list).map(({ topic, count }) => (
          <li className="col-12 col-md-6 col-lg-4" key={topic}>
            <div className="card card-bg rounded h-100 no-after">
              <div className="card-body">
                <h2 className="card-title h5">
                  <Link href={routes.servicesOnTopic(topic)} data-element="topic-element">
                    {topic}
                  </Link>
                </h2>
                <p className="card-text mb-0">
                  {count === 1
                    ? labels.servicesOne
                    : formatMessage(labels.services, { count: String(count) })}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <RatingComponent page={routes.topics} labels={t.serviceModel.rating} />
    </div>
  );
}
