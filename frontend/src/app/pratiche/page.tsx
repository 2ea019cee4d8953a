import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../components/feedback/rating-component';
import { BucketFilter } from '../../components/permits/bucket-filter';
import { PracticeCardList } from '../../components/permits/practice-card-list';
import { getI18n } from '../../i18n/get-i18n';
import { ApiError } from '../../lib/api/api-error';
import { getMyPractices, type ResidentBucket, type ResidentPracticeList } from '../../lib/api/permits';
import { requireUser } from '../../lib/auth/require-user';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { bucketFrom } from '../../lib/permits/queue-query';
import { sueRoutes } from '../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.permits.list.title };
}

async function load(bucket: ResidentBucket | undefined): Promise<ResidentPracticeList | null> {
  try {
    return await getMyPractices(bucket);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Practices unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** "Le mie pratiche": the resident's building practices, filtered like the Designers Italia area personale. */
export default async function MyPracticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const bucket = bucketFrom(await searchParams);
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(permitRoutes.home)]);
  const list = await load(bucket);
  const p = t.permits;

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{t.personalArea.eyebrow}</p>
      <h1 className="mb-3">{p.list.title}</h1>
      <p className="lead">{p.list.lead}</p>
      <p>
        <Link className="btn btn-primary" href={sueRoutes.newFiling}>
          {t.sue.newFiling.title}
        </Link>
      </p>
      {list ? (
        <>
          <BucketFilter current={bucket} counts={list.counts} t={p} />
          <PracticeCardList items={list.items} t={p} promise={t.serviceModel.promise} locale={locale} />
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {t.errorPage.text}
        </div>
      )}
      <RatingComponent page="/pratiche" labels={t.serviceModel.rating} />
    </div>
  );
}
