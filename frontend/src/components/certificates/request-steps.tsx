import type { Dictionary } from '../../i18n/dictionary';
import { Steppers } from '../steppers/steppers';

export type RequestStep = 'person' | 'certificate' | 'preview';

const STEPS: readonly RequestStep[] = ['person', 'certificate', 'preview'];

/** Where the resident is in the three steps of a certificate request. */
export function RequestSteps({
  current,
  t,
}: {
  current: RequestStep;
  t: Dictionary['certificates']['steps'];
}) {
  return <Steppers steps={STEPS} current={current} t={t} />;
}
