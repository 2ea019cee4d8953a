import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { ResidentBucket } from '../../lib/api/permits';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { RESIDENT_BUCKETS } from '../../lib/permits/practice-states';

export interface BucketFilterProps {
  current: ResidentBucket | undefined;
  counts: Record<ResidentBucket, number>;
  t: Dictionary['permits'];
}

/** The area personale filters (inviate, in elaborazione, da integrare, accettate, rifiutate) as plain links. */
export function BucketFilter({ current, counts, t }: BucketFilterProps) {
  const total = RESIDENT_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0);
  const tabs: { key: ResidentBucket | undefined; label: string; count: number }[] = [
    { key: undefined, label: t.list.all, count: total },
    ...RESIDENT_BUCKETS.map((bucket) => ({ key: bucket, label: t.buckets[bucket], count: counts[bucket] })),
  ];
  return (
    <nav aria-label={t.list.filters}>
      <ul className="nav nav-tabs flex-wrap">
        {tabs.map((tab) => {
          const active = tab.key === current;
          const href = tab.key
            ? `${permitRoutes.home}?${new URLSearchParams({ stato: tab.key })}`
            : permitRoutes.home;
          return (
            <li className="nav-item" key={tab.key ?? 'all'}>
              <Link
                className={active ? 'nav-link active' : 'nav-link'}
                href={href}
                aria-current={active ? 'page' : undefined}
              >
                {tab.label} <span className="badge bg-light text-dark ms-1">{tab.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
