import type { Dictionary } from '../../i18n/dictionary';
import type { ImportJobState } from '../../lib/api/registry';

const BADGE: Record<ImportJobState, string> = {
  queued: 'bg-warning',
  running: 'bg-warning',
  completed: 'bg-success',
  rejected: 'bg-danger',
  failed: 'bg-danger',
};

/** The outcome of an import, as a coloured label whose text says it too. */
export function ImportStateBadge({
  state,
  t,
}: {
  state: ImportJobState;
  t: Dictionary['registry']['office']['imports']['states'];
}) {
  return <span className={`badge ${BADGE[state]}`}>{t[state]}</span>;
}
