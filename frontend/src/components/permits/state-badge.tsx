import type { ResidentBucket } from '../../lib/api/permits';

const COLOR: Readonly<Record<ResidentBucket, string>> = {
  inviate: 'bg-primary',
  in_elaborazione: 'bg-secondary',
  da_integrare: 'bg-warning',
  accettate: 'bg-success',
  rifiutate: 'bg-danger',
};

/**
 * The state of a practice, coloured by the area personale filter it falls under; `label` is the backend's
 * `stateLabel`, already in the page's language.
 */
export function StateBadge({ label, bucket }: { label: string; bucket: ResidentBucket }) {
  return <span className={`badge ${COLOR[bucket]}`}>{label}</span>;
}
