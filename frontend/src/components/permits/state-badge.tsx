import type { Dictionary } from '../../i18n/dictionary';
import type { PracticeState, ResidentBucket } from '../../lib/api/permits';

const COLOR: Readonly<Record<ResidentBucket, string>> = {
  inviate: 'bg-primary',
  in_elaborazione: 'bg-secondary',
  da_integrare: 'bg-warning text-dark',
  accettate: 'bg-success',
  rifiutate: 'bg-danger',
};

/** The state of a practice, coloured by the area personale filter it falls under. */
export function StateBadge({
  state,
  bucket,
  t,
}: {
  state: PracticeState;
  bucket: ResidentBucket;
  t: Dictionary['permits'];
}) {
  return <span className={`badge ${COLOR[bucket]}`}>{t.states[state]}</span>;
}
