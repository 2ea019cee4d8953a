import type { Dictionary } from '../../i18n/dictionary';
import { Icon } from '../icon/icon';

export type ImuStep = 'data' | 'summary' | 'form';

const STEPS: ImuStep[] = ['data', 'summary', 'form'];

/** Bootstrap Italia stepper of the IMU flow: data, summary, F24. */
export function ImuSteps({ current, t }: { current: ImuStep; t: Dictionary['f24']['steps'] }) {
  const index = STEPS.indexOf(current);
  return (
    <nav className="steppers mb-4" aria-label={t.label}>
      <div className="steppers-header">
        <ol className="list-unstyled d-flex flex-wrap gap-3 mb-0">
          {STEPS.map((step, position) => (
            <li
              key={step}
              className={position < index ? 'confirmed' : position === index ? 'active' : undefined}
              aria-current={position === index ? 'step' : undefined}
            >
              {position < index && <Icon name="check" className="steppers-success me-1" />}
              {position + 1}. {t[step]}
              {position === index && <span className="visually-hidden"> ({t.current})</span>}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
