import type { Dictionary } from '../../i18n/dictionary';
import { Steppers } from '../steppers/steppers';

export type ImuStep = 'data' | 'summary' | 'form';

const STEPS: readonly ImuStep[] = ['data', 'summary', 'form'];

/** Where the resident is in the IMU flow: data, summary, F24. */
export function ImuSteps({ current, t }: { current: ImuStep; t: Dictionary['f24']['steps'] }) {
  return <Steppers steps={STEPS} current={current} t={t} />;
}
